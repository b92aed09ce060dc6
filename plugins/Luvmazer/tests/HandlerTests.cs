using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Luvmazer.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LuvmazerProtocol(), "TKLM-W001-BT");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Finger_magic_vibrates_and_rotates()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LuvmazerProtocol(), "TKLM-W001-BT");
        Assert.Equal([Tx(0xA0, 0x01, 0x00, 0x00, 0x64, 0xFF), Tx(0xA0, 0x0F, 0x00, 0x00, 0x64, 0x10)],
            await device.SendAsync(Out(0, OutputType.Vibrate, 255), Out(1, OutputType.Rotate, 16)));
        Assert.Equal([Tx(0xA0, 0x01, 0x00, 0x00, 0x64, 0x00), Tx(0xA0, 0x0F, 0x00, 0x00, 0x64, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task Cock_ring_addresses_each_vibrator_by_its_index()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LuvmazerProtocol(), "TKLM-C003-BT");
        Assert.Equal([Tx(0xA0, 0x01, 0x00, 0x00, 0x64, 0x05), Tx(0xA0, 0x01, 0x00, 0x01, 0x64, 0x07)],
            await device.SendAsync(Out(0, OutputType.Vibrate, 5), Out(1, OutputType.Vibrate, 7)));
        Assert.Equal([Tx(0xA0, 0x01, 0x00, 0x00, 0x64, 0x00), Tx(0xA0, 0x01, 0x00, 0x01, 0x64, 0x00)], await device.StopAsync());
    }

    [Theory]
    [InlineData("TKLM-W003-BT-RX")]
    [InlineData("TKLM-C005-BT")]
    public async Task Thruster_has_its_own_function(string name)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LuvmazerProtocol(), name);
        Assert.Equal([Tx(0xA0, 0x06, 0x01, 0x00, 0x64, 0x80)], device.Translate(device.LegacyScalar(1, OutputType.Oscillate, 0.5)));
        Assert.Equal([Tx(0xA0, 0x01, 0x00, 0x00, 0x64, 0x00), Tx(0xA0, 0x06, 0x01, 0x00, 0x64, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Interstellar_pump_runs_at_strength_14_and_stops_at_zero()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LuvmazerProtocol(), "TKLM-C004-BT");
        Assert.Equal([Tx(0xA0, 0x0D, 0x00, 0x00, 0x14, 0x36)], device.Translate(Out(2, OutputType.Constrict, 54)));
        Assert.Equal([Tx(0xA0, 0x0D, 0x00, 0x00, 0x14, 0x01)], device.Translate(Out(2, OutputType.Constrict, 1)));
        Assert.Equal(
            [Tx(0xA0, 0x01, 0x00, 0x00, 0x64, 0x00), Tx(0xA0, 0x06, 0x01, 0x00, 0x64, 0x00), Tx(0xA0, 0x0D, 0x00, 0x00, 0x00, 0x00)],
            device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new LuvmazerProtocol(), "TKLM-W001-BT");
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Led, 1)));
    }
}
