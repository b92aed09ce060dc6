namespace ButtplugHost.Server.Security;

/// <summary>
/// Lets a burst of warning lines through per time window and counts the rest, so one client cannot
/// flood the log (a frame of 10,000 bad elements is 10 lines and a summary, not 10,000 lines).
/// </summary>
internal sealed class LogRateLimiter(int perWindow, TimeSpan window, TimeProvider time)
{
    private readonly object _gate = new();
    private long _windowStart = time.GetTimestamp();
    private int _count;
    private int _suppressed;

    /// <summary>
    /// True when this line may be written. <paramref name="suppressed"/> is the number of lines dropped
    /// since the last one written: the caller writes a summary of them first.
    /// </summary>
    public bool TryEnter(out int suppressed)
    {
        lock (_gate)
        {
            if (time.GetElapsedTime(_windowStart) >= window)
            {
                _windowStart = time.GetTimestamp();
                _count = 0;
            }
            if (_count < perWindow)
            {
                _count++;
                suppressed = _suppressed;
                _suppressed = 0;
                return true;
            }
            _suppressed++;
            suppressed = 0;
            return false;
        }
    }

    /// <summary>The lines dropped and not yet summarised (e.g. when the session ends); resets the count.</summary>
    public int TakeSuppressed()
    {
        lock (_gate)
        {
            var n = _suppressed;
            _suppressed = 0;
            return n;
        }
    }
}
