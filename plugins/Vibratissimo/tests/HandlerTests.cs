using System.Text;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Vibratissimo.Tests;

public class HandlerTests
{
    private static HardwareCommand[] Speeds(params byte[] speeds) =>
        [HardwareCommand.Write(Endpoints.TxMode, [0x03, 0xFF]), HardwareCommand.Write(Endpoints.TxVibrate, speeds)];

    private static Task<ProtocolTestDevice> ConnectAsync(string model, byte battery = 0) =>
        ProtocolTestDevice.ConnectAsync(new VibratissimoProtocol(), "Vibratissimo", hw =>
        {
            hw.SetReadValue(Endpoints.RxBleModel, Encoding.UTF8.GetBytes(model));
            hw.SetReadValue(Endpoints.RxBleBattery, [battery]);
        });

    [Fact]
    public async Task Identification_reads_the_model_and_nothing_is_written()
    {
        await using var device = await ConnectAsync("Rabbit");
        Assert.Equal("Vibratissimo Rabbit", device.Model.Name);
        Assert.Equal([HardwareOperationKind.Read], device.Hardware.Operations.Select(o => o.Kind));
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task A_command_sends_write_mode_then_every_speed()
    {
        await using var device = await ConnectAsync("Licker");
        Assert.Equal(Speeds(0x80, 0), await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal(Speeds(0x80, 0), device.RecordedWrites());
        Assert.Equal(Speeds(0x80, 0x10), device.Translate(new OutputCommand(1, OutputType.Vibrate, 0x10)));
    }

    [Fact]
    public async Task One_vibrator_is_padded_with_a_zero()
    {
        await using var device = await ConnectAsync("Unknown");
        Assert.Equal("Vibratissimo Device", device.Model.Name);
        Assert.Equal(Speeds(0xFF, 0), device.Translate(new OutputCommand(0, OutputType.Vibrate, 255)));
        Assert.Equal(Speeds(0, 0), device.Handler.HandleStop());
    }

    [Fact]
    public async Task Outputs_changing_together_give_one_pair_and_stop_zeroes_every_vibrator()
    {
        await using var device = await ConnectAsync("Rabbit");
        Assert.Equal(Speeds(1, 2, 2), device.Translate(new(0, OutputType.Vibrate, 1), new(1, OutputType.Vibrate, 2), new(2, OutputType.Vibrate, 2)));
        Assert.Equal(Speeds(0, 0, 0), await device.StopAsync());
        Assert.Equal(Speeds(0, 0, 0), device.RecordedWrites());
    }

    [Fact]
    public async Task Battery_is_read_from_the_battery_characteristic()
    {
        await using var device = await ConnectAsync("Rabbit", battery: 73);
        Assert.Equal(73, await device.Handler.ReadInputAsync(3, InputType.Battery, CancellationToken.None));
        Assert.Equal(Endpoints.RxBleBattery, device.Hardware.Operations[^1].Endpoint);
    }

    [Fact]
    public async Task Battery_on_a_feature_without_one_is_a_protocol_error()
    {
        await using var device = await ConnectAsync("Rabbit");
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }

    [Theory]
    [InlineData(0, OutputType.Rotate)]
    [InlineData(3, OutputType.Vibrate)]
    public async Task Unsupported_output_is_a_protocol_error_and_changes_nothing(int feature, OutputType type)
    {
        await using var device = await ConnectAsync("Rabbit");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 9), new OutputCommand(feature, type, 1)));
        Assert.Equal(Speeds(0, 0, 0), device.Handler.HandleStop());
    }
}
