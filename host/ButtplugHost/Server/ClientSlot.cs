using ButtplugHost.Session;

namespace ButtplugHost.Server;

/// <summary>
/// One client at a time, as the reference server does. A client arriving while the previous one is
/// still ending (its stop being written, its socket closing: a page reload) waits up to
/// <paramref name="wait"/> for the slot instead of being refused.
/// </summary>
internal sealed class ClientSlot(TimeSpan wait, TimeProvider time) : IClientSlot
{
    private readonly object _gate = new();
    private ClientSession? _holder;
    private TaskCompletionSource _released = Released();

    public async Task<bool> TryClaimAsync(ClientSession session, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            Task released;
            lock (_gate)
            {
                if (_holder is null || _holder == session)
                {
                    _holder = session;
                    _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    return true;
                }
                released = _released.Task;
            }
            var left = wait - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
                return false;
            try
            {
                await released.WaitAsync(left, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }
    }

    public void Release(ClientSession session)
    {
        lock (_gate)
        {
            if (_holder != session)
                return;
            _holder = null;
            _released.TrySetResult();
        }
    }

    private static TaskCompletionSource Released()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
