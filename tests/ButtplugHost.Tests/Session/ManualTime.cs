namespace ButtplugHost.Tests.Session;

/// <summary>
/// A clock that moves only when told to; timers fire when it passes their due time. A test can wait
/// until code under test has armed a timer for a given time (<see cref="WhenTimerArmedAsync"/>): the
/// code is then provably waiting on it, so nothing it holds can be written before the test moves the clock.
/// </summary>
internal sealed class ManualTime : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(DateTimeOffset Due, TaskCompletionSource Armed)> _armWaiters = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() { lock (_gate) return _now; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.Due <= _now).ToList();
            foreach (var t in due)
                _timers.Remove(t);
        }
        foreach (var t in due)
            t.Fire();
    }

    /// <summary>Completes once a timer due at <paramref name="due"/> is armed (at once if one is).</summary>
    public Task WhenTimerArmedAsync(DateTimeOffset due, int timeoutMs = 10_000)
    {
        var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_timers.Any(t => t.Due == due))
                return Task.CompletedTask;
            _armWaiters.Add((due, armed));
        }
        return armed.Task.WaitAsync(TimeSpan.FromMilliseconds(timeoutMs));
    }

    private void Armed(DateTimeOffset due)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            ready = _armWaiters.Where(w => w.Due == due).Select(w => w.Armed).ToList();
            _armWaiters.RemoveAll(w => w.Due == due);
        }
        foreach (var waiter in ready)
            waiter.TrySetResult();
    }

    private sealed class ManualTimer(ManualTime clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            DateTimeOffset due;
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                    return true;
                Due = due = clock._now + dueTime;
                clock._timers.Add(this);
            }
            if (dueTime <= TimeSpan.Zero)
            {
                lock (clock._gate)
                    clock._timers.Remove(this);
                ThreadPool.QueueUserWorkItem(_ => Fire());
                return true;
            }
            clock.Armed(due);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() { lock (clock._gate) clock._timers.Remove(this); }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
