using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Mizzzee.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task V1_flags_a_running_motor_and_sends_its_speed()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MizzzeeProtocol(), "NFY008");
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(0x69, 0x96, 0x03, 0x01, 0x01, 0x44)], await device.SendAsync(Vibrate(68)));
        Assert.Equal([Tx(0x69, 0x96, 0x03, 0x01, 0x01, 0x01)], device.Translate(Vibrate(1)));
        Assert.Equal([Tx(0x69, 0x96, 0x03, 0x01, 0x00, 0x00)], await device.StopAsync());
    }

    [Fact]
    public async Task V2_sends_the_speed_twice()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MizzzeeV2Protocol(), "XHT");
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(0x69, 0x96, 0x04, 0x02, 0x44, 0x2C, 0x44)], await device.SendAsync(Vibrate(68)));
        Assert.Equal([Tx(0x69, 0x96, 0x04, 0x02, 0x00, 0x2C, 0x00)], await device.StopAsync());
    }

    [Theory]
    [InlineData(1, "0312F300FC00FE4001FC4C00FC00FE4001FC4C00")]     // 0.3007 · 1023 = 307.6 → 307 << 6 | 60 = 0x4CFC
    [InlineData(500, "0312F300FC00FE40013CA600FC00FE40013CA600")]   // the reference's half speed
    [InlineData(1000, "0312F300FC00FE4001FCFF00FC00FE4001FCFF00")]  // 1023 << 6 | 60
    [InlineData(0, "0312000000000000000000000000000000000000")]
    public void V3_packet_maps_the_speed_onto_the_motor_band(int speed, string hex) =>
        Assert.Equal(hex, Convert.ToHexString(MizzzeeV3Packet.For(speed)));

    [Fact]
    public async Task V3_writes_are_acknowledged_and_start_with_a_stop()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MizzzeeV3Protocol(), "XHTKJ");
        var stop = HardwareCommand.Write(Endpoints.Tx, MizzzeeV3Packet.For(0), withResponse: true);
        Assert.Equal([stop], device.RecordedWrites());
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, MizzzeeV3Packet.For(250), withResponse: true)], await device.SendAsync(Vibrate(250)));
        Assert.Equal([stop], await device.StopAsync());
    }

    [Fact]
    public async Task Anything_but_vibrate_is_a_protocol_error()
    {
        await using var v1 = await ProtocolTestDevice.ConnectAsync(new MizzzeeProtocol(), "NFY008");
        await using var v2 = await ProtocolTestDevice.ConnectAsync(new MizzzeeV2Protocol(), "XHT");
        await using var v3 = await ProtocolTestDevice.ConnectAsync(new MizzzeeV3Protocol(), "XHTKJ");
        foreach (var device in new[] { v1, v2, v3 })
            Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
