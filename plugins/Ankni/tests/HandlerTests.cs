using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Ankni.Tests;

public class HandlerTests
{
    private static HardwareCommand Speed(byte speed) =>
        HardwareCommand.Write(Endpoints.Tx, [0x03, 0x12, speed, .. new byte[17]], withResponse: true);

    private static Task<ProtocolTestDevice> ConnectAsync(byte[] pnp) =>
        ProtocolTestDevice.ConnectAsync(new AnkniProtocol(), "DSJM", hw => hw.SetReadValue(Endpoints.Generic(0), pnp));

    [Fact]
    public async Task An_address_in_the_PnP_characteristic_gets_the_handshake()
    {
        await using var device = await ConnectAsync([0xA2, 0x31, 0x35, 0x53, 0x52, 0xD8]);
        Assert.Equal(HardwareOperationKind.Read, device.Hardware.Operations[0].Kind);
        Assert.Equal(Endpoints.Generic(0), device.Hardware.Operations[0].Endpoint);
        Assert.Equal(
            [HardwareCommand.Write(Endpoints.Tx, AnkniHandshake.First(), withResponse: true),
             HardwareCommand.Write(Endpoints.Tx, [0x01, 0x02, .. Enumerable.Repeat((byte)0xC1, 16), 0x00, 0x00], withResponse: true)],
            device.RecordedWrites());
    }

    [Fact]
    public async Task Longer_PnP_content_means_no_handshake()
    {
        await using var device = await ConnectAsync([0x01, 0xA6, 0x01, 0x00, 0x00, 0x01, 0x16]);
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task A_failed_PnP_read_fails_the_connection()
    {
        // No value scripted for generic0: the read throws, as a device without the characteristic would.
        await Assert.ThrowsAnyAsync<Exception>(() => ProtocolTestDevice.ConnectAsync(new AnkniProtocol(), "DSJM", endpoints: [Endpoints.Tx]));
    }

    [Fact]
    public async Task Speeds_are_acknowledged_20_byte_packets()
    {
        await using var device = await ConnectAsync(new byte[7]);
        Assert.Equal([Speed(2)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Speed(2)], device.RecordedWrites());
        Assert.Equal([Speed(3)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 3)));
        Assert.Equal([Speed(0)], await device.StopAsync());
        Assert.Equal([Speed(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        await using var device = await ConnectAsync(new byte[7]);
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
