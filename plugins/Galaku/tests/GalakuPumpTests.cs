using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using static ButtplugHost.Plugins.Galaku.Tests.Bytes;

namespace ButtplugHost.Plugins.Galaku.Tests;

public class GalakuPumpTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Hex(hex), withResponse: true);

    [Fact]
    public void Pump_packets_carry_thrust_then_vibration()
    {
        Assert.Equal(Hex("23 81 BB AB D2 9B 44 33 ED 43 3B 44"), GalakuPackets.Pump(0, 50));
        Assert.Equal(Hex("23 81 BB AB D2 9B 44 6A 25 43 3B 81"), GalakuPackets.Pump(75, 50));
        Assert.Equal(new byte[] { 0x5A, 0, 0, 1, 0x60, 3, 100, 7, 0, 0 }, GalakuCipher.Decrypt(GalakuPackets.Pump(100, 7)));
    }

    [Fact]
    public async Task Oscillate_and_vibrate_share_one_packet_written_with_response()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new GalakuPumpProtocol(), "V415");
        Assert.Empty(device.Hardware.Operations);
        Assert.Equal([Tx("23 81 BB AB D2 9B 44 33 ED 43 3B 44")], await device.SendAsync(new OutputCommand(1, OutputType.Vibrate, 50)));
        Assert.Equal([Tx("23 81 BB AB D2 9B 44 33 ED 43 3B 44")], device.RecordedWrites());
        Assert.Equal([Tx("23 81 BB AB D2 9B 44 6A 25 43 3B 81")], device.Translate(new OutputCommand(0, OutputType.Oscillate, 75)));
        Assert.Equal([Tx("23 81 BB AB D2 9B 44 33 BB A3 3B D2")], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new GalakuPumpProtocol(), "V415");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
