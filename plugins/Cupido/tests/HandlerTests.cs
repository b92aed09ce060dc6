using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Cupido.Tests;

public class HandlerTests
{
    private static HardwareCommand Speed(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xB0, 0x03, 0x00, 0x00, 0x00, speed, 0xAA]);

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CupidoProtocol(), "MY2607-BLE-V1.0");
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Speed_is_framed_and_stop_sends_0()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CupidoProtocol(), "MY2607-BLE-V1.0");
        Assert.Equal([Speed(0x80)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Speed(0x80)], device.RecordedWrites());
        Assert.Equal([Speed(0xFF)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 255)));
        Assert.Equal([Speed(0)], await device.StopAsync());
        Assert.Equal([Speed(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task The_battery_is_not_offered()
    {
        // The reference's battery reading is switched off (it would subscribe to rx on every read).
        await using var device = await ProtocolTestDevice.ConnectAsync(new CupidoProtocol(), "MY2607-BLE-V1.0");
        await Assert.ThrowsAsync<ProtocolException>(() => device.Handler.ReadInputAsync(0, InputType.Battery, CancellationToken.None));
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new CupidoProtocol(), "MY2607-BLE-V1.0");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 5)));
    }
}
