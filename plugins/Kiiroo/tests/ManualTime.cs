namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>A clock that moves only when told to; its timers are the system's (tests keep them disabled).</summary>
internal sealed class ManualTime : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(int milliseconds) => _now += TimeSpan.FromMilliseconds(milliseconds);
}
