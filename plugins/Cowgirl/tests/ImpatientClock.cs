using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Cowgirl.Tests;

/// <summary>
/// A fake clock on which a wait ends as soon as it starts: a timer created with a due time moves the
/// clock on by that much. For playing the cone's scenario, whose start-up waits 3 s before the
/// steps; what the device receives does not depend on time otherwise.
/// </summary>
internal sealed class ImpatientClock : FakeTimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            _ = Task.Run(() => Advance(dueTime));
        return timer;
    }
}
