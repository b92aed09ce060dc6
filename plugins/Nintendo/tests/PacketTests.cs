namespace ButtplugHost.Plugins.Nintendo.Tests;

public class PacketTests
{
    [Fact]
    public void Enable_vibration_is_sub_command_0x48_with_argument_1_in_64_bytes()
    {
        var expected = new byte[64];
        expected[0] = 0x01;
        expected[10] = 0x48;
        expected[11] = 0x01;
        Assert.Equal(expected, JoyconPackets.EnableVibrationCommand());
    }

    [Fact]
    public void Rumble_is_report_0x10_packet_1_both_sides_then_zeros()
    {
        var packet = JoyconPackets.Rumble(500);
        Assert.Equal(64, packet.Length);
        Assert.Equal(new byte[] { 0x10, 0x01, 0xa8, 0x88, 0xac, 0x62, 0xa8, 0x88, 0xac, 0x62 }, packet[..10]);
        Assert.All(packet[10..], b => Assert.Equal(0, b));
    }
}
