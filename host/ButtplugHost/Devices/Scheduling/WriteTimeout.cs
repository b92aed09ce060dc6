namespace ButtplugHost.Devices.Scheduling;

/// <summary>
/// The cancellation of one device write at a time: cancelled when the write takes longer than the limit
/// or when <c>end</c> (the device's life) is cancelled. One <see cref="CancellationTokenSource"/> and its
/// timer serve every write (reset after each), instead of a linked source and a timer per write; a new
/// source is made only after one was actually cancelled.
/// </summary>
internal sealed class WriteTimeout : IDisposable
{
    private readonly TimeSpan _limit;
    private readonly object _gate = new();
    private readonly CancellationTokenRegistration _onEnd;
    private CancellationTokenSource _source = new();
    private bool _ended;

    public WriteTimeout(TimeSpan limit, CancellationToken end)
    {
        _limit = limit;
        _onEnd = end.UnsafeRegister(static s => ((WriteTimeout)s!).End(), this);
    }

    /// <summary>Starts a write: the token it gets is cancelled after the limit, or at the end.</summary>
    public CancellationToken Start()
    {
        lock (_gate)
        {
            if (!_ended)
                _source.CancelAfter(_limit);
            return _source.Token;
        }
    }

    /// <summary>The write is over: stops the timer and makes the source ready for the next write.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_ended || _source.TryReset())
                return;
            _source.Dispose();
            _source = new CancellationTokenSource();
        }
    }

    private void End()
    {
        CancellationTokenSource source;
        lock (_gate)
        {
            _ended = true;
            source = _source;
        }
        source.Cancel(); // outside the lock: callbacks of the write being cancelled run here
    }

    public void Dispose()
    {
        _onEnd.Dispose();
        lock (_gate)
        {
            _ended = true;
            _source.Dispose();
        }
    }
}
