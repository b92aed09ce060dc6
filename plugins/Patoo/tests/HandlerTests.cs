using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Patoo.Tests;

public class HandlerTests
{
    private static HardwareCommand[] SpeedMode(byte speed, byte mode) =>
        [HardwareCommand.Write(Endpoints.Tx, [speed], withResponse: true), HardwareCommand.Write(Endpoints.TxMode, [mode], withResponse: true)];

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PatooProtocol(), "PTVEA2");
        Assert.Equal("Patoo Carrot", device.Model.Name);
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task One_vibrator_runs_in_mode_4_and_stops_in_mode_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PatooProtocol(), "PCS5");
        Assert.Equal(SpeedMode(50, 0x04), await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal(SpeedMode(50, 0x04), device.RecordedWrites());
        Assert.Equal(SpeedMode(0, 0x00), await device.StopAsync());
        Assert.Equal(SpeedMode(0, 0x00), device.RecordedWrites());
    }

    [Fact]
    public async Task Devil_runs_the_second_vibrator_only_while_the_first_is_off()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PatooProtocol(), "PBT1");
        Assert.Equal("Patoo Devil", device.Model.Name);
        Assert.Equal(SpeedMode(30, 0x80), device.Translate(Vibrate(1, 30)));
        Assert.Equal(SpeedMode(20, 0x04), device.Translate(Vibrate(0, 20)));
        Assert.Equal(SpeedMode(30, 0x80), device.Translate(Vibrate(0, 0)));
        Assert.Equal(SpeedMode(0, 0x00), device.Translate(Vibrate(1, 0)));
    }

    [Fact]
    public async Task Outputs_changing_together_give_one_speed_and_one_mode()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PatooProtocol(), "PBT1");
        Assert.Equal(SpeedMode(100, 0x04), device.Translate(Vibrate(0, 100), Vibrate(1, 60)));
        Assert.Equal(SpeedMode(0, 0x00), device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new PatooProtocol(), "PHT");
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(0, 10), new OutputCommand(0, OutputType.Rotate, 5)));
        Assert.Equal(SpeedMode(0, 0x00), device.Handler.HandleStop());
    }
}
