using static ButtplugHost.Plugins.Galaku.Tests.Bytes;

namespace ButtplugHost.Plugins.Galaku.Tests;

public class CipherTests
{
    // Expected packets: the reference's test_galaku.yaml (speeds 0 and 100) and its algorithm for the rest.
    [Theory]
    [InlineData(0, "23 81 BB AB D2 EC 3B 23 BB A3 3B 90")]
    [InlineData(100, "23 81 BB AB D2 EC 57 23 BB A3 3B 44")]
    [InlineData(50, "23 81 BB AB D2 EC 29 C3 BB A3 3B D2")]
    public void Single_motor_packets(byte speed, string packet) => Assert.Equal(Hex(packet), GalakuPackets.SingleMotor(speed));

    [Theory]
    [InlineData(0, 0, "23 81 BB AB D2 7B 44 33 BB A3 3B F2")]
    [InlineData(50, 0, "23 81 BB AB D2 7B 44 61 3B A3 3B E4")]
    [InlineData(50, 25, "23 81 BB AB D2 7B 44 61 44 C3 3B 2F")]
    [InlineData(100, 100, "23 81 BB AB D2 7B 44 97 97 A3 3B AA")]
    public void Two_motor_packets(byte first, byte second, string packet) => Assert.Equal(Hex(packet), GalakuPackets.TwoMotors(first, second));

    [Fact]
    public void Battery_request() => Assert.Equal(Hex("23 81 BB AB D2 CE D3 23 BB A3 3B C2"), GalakuPackets.BatteryRequest());

    [Fact]
    public void Pump_packet_is_plain_with_an_on_flag()
    {
        Assert.Equal(Hex("AA 01 0A 03 32 01 00 00 00 00 00 00 00 00 00 00"), GalakuPackets.PlainPump(50));
        Assert.Equal(Hex("AA 01 0A 03 00 00 00 00 00 00 00 00 00 00 00 00"), GalakuPackets.PlainPump(0));
    }

    [Theory]
    [InlineData(new byte[] { 0x5A, 0, 0, 1, 0x31, 77, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x5A, 0, 0, 1, 0x40, 3, 255, 1, 0, 0 })]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    public void Decrypt_undoes_encrypt(byte[] payload) => Assert.Equal(payload, GalakuCipher.Decrypt(GalakuCipher.Encrypt(payload)));

    [Fact]
    public void Payloads_of_another_length_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => GalakuCipher.Encrypt(new byte[9]));
        Assert.Throws<ArgumentException>(() => GalakuCipher.Decrypt(new byte[11]));
    }
}
