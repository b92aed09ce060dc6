using ButtplugHost.Devices;
using ButtplugHost.Devices.Scheduling;

namespace ButtplugHost.Tests.Devices.Scheduling;

/// <summary>The scheduler's reusable wake-up and the connection's "frames drained" signal.</summary>
public sealed class SchedulerSignalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static Task Wait(WakeSignal wake) => wake.WaitAsync().AsTask();

    [Fact]
    public async Task A_set_with_nobody_waiting_is_kept_for_the_next_wait_and_counts_once()
    {
        var wake = new WakeSignal();
        wake.Set();
        wake.Set();
        Assert.True(Wait(wake).IsCompletedSuccessfully);
        var next = Wait(wake); // the two sets were one wake
        Assert.False(next.IsCompleted);
        wake.Set();
        await next.WaitAsync(Bound);
    }

    [Fact]
    public async Task A_waiter_is_woken_each_time_it_waits_again()
    {
        var wake = new WakeSignal();
        for (var i = 0; i < 100; i++)
        {
            var waiting = Wait(wake);
            var setter = Task.Run(wake.Set);
            await waiting.WaitAsync(Bound);
            await setter;
        }
    }

    [Fact]
    public async Task A_drain_wakes_the_devices_holding_a_burst_once()
    {
        var bursts = new BurstSignal();
        var wake = new WakeSignal();
        var since = bursts.Generation;
        Assert.True(bursts.Watch(since, wake));
        Assert.True(bursts.Watch(since, wake)); // watched twice: still one registration
        var woken = Wait(wake);
        Assert.False(woken.IsCompleted);
        bursts.Drained();
        await woken.WaitAsync(Bound);
        Assert.NotEqual(since, bursts.Generation);
        bursts.Drained(); // forgotten after the first drain
        Assert.False(Wait(wake).IsCompleted);
    }

    [Fact]
    public void A_burst_drained_since_it_started_is_not_watched()
    {
        var bursts = new BurstSignal();
        var wake = new WakeSignal();
        var since = bursts.Generation;
        bursts.Drained();
        Assert.False(bursts.Watch(since, wake));
    }

    [Fact]
    public void A_forgotten_watcher_is_not_woken()
    {
        var bursts = new BurstSignal();
        var wake = new WakeSignal();
        Assert.True(bursts.Watch(bursts.Generation, wake));
        bursts.Forget(wake);
        bursts.Drained();
        Assert.False(Wait(wake).IsCompleted);
    }
}
