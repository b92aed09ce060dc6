namespace ButtplugHost.Plugins.Nintendo.Tests;

/// <summary>The rumble encoding, byte for byte as the reference computes it (single precision, its quirks included).</summary>
public class RumbleTests
{
    [Theory]
    [InlineData(0, "00 00 41 40")]
    [InlineData(1, "00 00 41 40")]
    [InlineData(2, "a8 00 8a 40")]
    [InlineData(100, "a8 00 8a 40")]
    [InlineData(150, "a8 2c 95 4b")]
    [InlineData(200, "a8 38 98 4e")]
    [InlineData(250, "a8 48 9c 52")]
    [InlineData(500, "a8 88 ac 62")]
    [InlineData(750, "a8 ae b5 6b")]
    [InlineData(1000, "a8 c8 bc 72")]
    public void Speed_thousandths_encode_at_200_hz(int speed, string hex)
    {
        var packet = JoyconPackets.Rumble(speed);
        Assert.Equal(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)), packet[2..6]);
        Assert.Equal(packet[2..6], packet[6..10]);
    }

    [Fact]
    public void Stop_is_zero_hz_at_zero_amplitude()
    {
        Assert.Equal(new byte[] { 0x00, 0x00, 0x41, 0x40 }, JoyconRumble.Encode(0, 0));
        Assert.Equal(JoyconRumble.Stop, JoyconRumble.Encode(-5, -1));
    }

    [Fact]
    public void Out_of_range_values_saturate()
    {
        Assert.Equal(JoyconRumble.Encode(JoyconRumble.MaxFrequency, JoyconRumble.MaxAmplitude), JoyconRumble.Encode(5000, 9));
        Assert.Equal(JoyconRumble.Encode(200, JoyconRumble.MaxAmplitude), JoyconRumble.Encode(200, float.PositiveInfinity));
    }
}
