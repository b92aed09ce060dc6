namespace ButtplugHost.Plugins.Fredorch.Tests;

public class PacketTests
{
    [Theory]
    [InlineData(new byte[] { 0x01, 0x06, 0x00, 0x64, 0x00, 0x01 }, new byte[] { 0x09, 0xD5 })]
    [InlineData(new byte[] { 0x01, 0x06, 0x00, 0x69, 0x00, 0x00 }, new byte[] { 0x59, 0xD6 })]
    [InlineData(new byte[] { 0x01, 0x06, 0x00, 0x6A, 0x00, 0x01 }, new byte[] { 0x68, 0x16 })]
    public void The_crc_is_appended_low_byte_first(byte[] data, byte[] crc) =>
        Assert.Equal([.. data, .. crc], FredorchCrc.Append(data));

    [Fact]
    public void The_crc_is_crc16_modbus()
    {
        // The standard check value of CRC-16/MODBUS over "123456789".
        Assert.Equal(0x4B37, FredorchCrc.Compute("123456789"u8));
    }

    [Theory]
    [InlineData(0, 500, 0)]    // no move
    [InlineData(7, 200, 12)]   // 170 ms at speed 12 is the first under 200 ms
    [InlineData(1, 2000, 1)]   // the slowest speed is fast enough
    [InlineData(1, 1000, 2)]   // 1000 ms at speed 1 is not under 1000 ms
    [InlineData(8, 50, 20)]    // nothing is that fast: the fastest
    [InlineData(15, 8049, 1)]
    [InlineData(40, 8049, 1)]  // distances beyond 15 count as 15
    public void Speed_is_the_slowest_faster_than_the_duration(int distance, long duration, byte speed) =>
        Assert.Equal(speed, FredorchSpeed.For(distance, duration));
}
