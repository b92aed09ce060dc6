namespace ButtplugHost.Plugins.Ankni.Tests;

public class HandshakeTests
{
    [Theory]
    [InlineData(new byte[] { 0xA2, 0x31, 0x35, 0x53, 0x52, 0xD8 }, 0xC1)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }, 0xB8)]
    public void The_check_byte_is_the_high_byte_of_the_crc_of_01_and_the_address(byte[] address, byte check) =>
        Assert.Equal(check, AnkniHandshake.CheckByte(address));

    [Fact]
    public void Crc16_is_the_xmodem_crc()
    {
        // The standard check value of CRC-16/XMODEM over "123456789".
        Assert.Equal(0x31C3, AnkniHandshake.Crc16("123456789"u8));
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(0, true)]
    [InlineData(7, false)]
    [InlineData(16, false)]
    public void Only_an_address_of_up_to_6_bytes_asks_for_the_handshake(int length, bool needed) =>
        Assert.Equal(needed, AnkniHandshake.IsNeeded(new byte[length]));

    [Fact]
    public void Packets_are_20_bytes()
    {
        Assert.Equal(Enumerable.Repeat((byte)1, 20), AnkniHandshake.First());
        var second = AnkniHandshake.Second([0xA2, 0x31, 0x35, 0x53, 0x52, 0xD8]);
        Assert.Equal([0x01, 0x02, .. Enumerable.Repeat((byte)0xC1, 16), 0x00, 0x00], second);
    }
}
