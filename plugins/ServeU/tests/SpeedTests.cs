namespace ButtplugHost.Plugins.ServeU.Tests;

public class SpeedTests
{
    [Theory]
    [InlineData(0, 0, 1000, 0)]        // no movement
    [InlineData(0, 1, 1000, 1)]        // 1 u/s
    [InlineData(0, 30, 1000, 15)]      // 30 u/s
    [InlineData(0, 50, 1000, 25)]      // 50 u/s: the top of the first band
    [InlineData(0, 51, 1000, 26)]      // 51 u/s
    [InlineData(30, 80, 200, 75)]      // 250 u/s
    [InlineData(0, 75, 100, 200)]      // 750 u/s: the top of the second band
    [InlineData(80, 100, 10, 250)]     // 2000 u/s: the top of the third band
    [InlineData(100, 0, 40, 0xFA)]     // 2500 u/s
    [InlineData(100, 60, 0, 0xFA)]     // no time at all
    [InlineData(60, 60, 0, 0xFA)]      // no time and no distance, as in the reference
    [InlineData(100, 0, 100000, 1)]    // slow, and backwards
    public void Speed_follows_the_reference_scale(int from, int to, uint duration, int speed) =>
        Assert.Equal(speed, ServeUSpeed.For(from, to, duration));
}
