using ButtplugHost.Session;

namespace ButtplugHost.Server;

/// <summary>
/// The client slots: <paramref name="capacity"/> clients at a time (one by default, as the reference
/// server does; <c>--max-clients</c> for more). A client arriving while every slot is taken and one of
/// their holders is ending (its stop being written, its socket closing: a page reload) waits up to
/// <paramref name="wait"/> for a slot instead of being refused.
/// </summary>
internal sealed class ClientSlot(TimeSpan wait, TimeProvider time, int capacity = 1) : IClientSlot
{
    private readonly object _gate = new();
    private readonly HashSet<ClientSession> _holders = [];
    private TaskCompletionSource _released = Released();

    public string BusyReason => capacity == 1
        ? "This server already has a connected client."
        : $"This server already has {capacity} connected clients, its maximum (--max-clients).";

    public async Task<bool> TryClaimAsync(ClientSession session, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            Task released;
            lock (_gate)
            {
                if (_holders.Count < capacity || _holders.Contains(session))
                {
                    _holders.Add(session);
                    if (_holders.Count >= capacity && _released.Task.IsCompleted)
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
            if (!_holders.Remove(session))
                return;
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
