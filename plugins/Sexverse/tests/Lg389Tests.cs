using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sexverse.Tests;

/// <summary>sexverse-lg389: one packet with both motors; anchor and range follow the oscillator.</summary>
public class Lg389Tests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);

    private static OutputCommand Out(int index, OutputType type, int value) => new(index, type, value);

    [Fact]
    public async Task Oscillating_sets_anchor_and_range()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseLg389Protocol(), "LG389");
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(0xAA, 0x05, 0x00, 0x14, 0x01, 0x00, 0x04, 0x00, 0x0A, 0x00)], await device.SendAsync(Out(1, OutputType.Oscillate, 10)));
        Assert.Equal([Tx(0xAA, 0x05, 0x01, 0x14, 0x01, 0x00, 0x04, 0x00, 0x0A, 0x00)], await device.SendAsync(Out(0, OutputType.Vibrate, 1)));
        Assert.Equal([Tx(0xAA, 0x05, 0x01, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00)], await device.SendAsync(Out(1, OutputType.Oscillate, 0)));
    }

    [Fact]
    public async Task Both_motors_changing_together_give_one_packet_and_stop_is_one_packet()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseLg389Protocol(), "LG389");
        Assert.Equal([Tx(0xAA, 0x05, 0x03, 0x14, 0x01, 0x00, 0x04, 0x00, 0x05, 0x00)],
            device.Translate(Out(0, OutputType.Vibrate, 3), Out(1, OutputType.Oscillate, 5)));
        Assert.Equal([Tx(0xAA, 0x05, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors_and_change_nothing()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseLg389Protocol(), "LG389");
        device.Translate(Out(0, OutputType.Vibrate, 2));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(1, OutputType.Oscillate, 4), Out(1, OutputType.Vibrate, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(Out(0, OutputType.Oscillate, 1)));
        Assert.Equal([Tx(0xAA, 0x05, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00)], device.Handler.HandleStop());
    }
}
