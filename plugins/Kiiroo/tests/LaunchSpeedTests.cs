namespace ButtplugHost.Plugins.Kiiroo.Tests;

public class LaunchSpeedTests
{
    // Expected values worked out independently from the reference's speed curve.
    [Theory]
    [InlineData(0, 99, 500u, 40)]
    [InlineData(99, 0, 100u, 219)]
    [InlineData(0, 50, 1000u, 9)]
    [InlineData(10, 90, 250u, 67)]
    [InlineData(90, 10, 2000u, 7)]
    [InlineData(0, 99, 200u, 106)]
    [InlineData(0, 1, 100000u, 0)]
    [InlineData(50, 50, 300u, 0)]   // no distance: no speed
    [InlineData(0, 0, 0u, 0)]       // 0/0 is NaN, sent as 0
    [InlineData(0, 99, 0u, 255)]    // instant move saturates the byte
    public void Speed_follows_the_reference_curve(int from, int to, uint durationMs, int expected)
    {
        Assert.Equal(expected, LaunchSpeed.For(from, to, durationMs));
    }

    [Fact]
    public void A_move_remembers_where_it_ended()
    {
        var move = new LaunchMove();
        Assert.Equal(40, move.MoveTo(99, 500));
        Assert.Equal(219, move.MoveTo(0, 100));
        Assert.Equal(0, move.MoveTo(0, 100));
    }
}
