namespace ButtplugHost.Devices;

/// <summary>
/// Says when the client has stopped sending for now: the connection calls <see cref="Drained"/> each
/// time it has handled every frame already received and its next receive has to wait for the network.
/// A device holding a burst of commands in its merge window (see <see cref="MergeWindow"/>) writes it
/// then instead of waiting out the window. Cheap: nothing is allocated unless a device is waiting.
/// </summary>
internal sealed class BurstSignal
{
    private readonly object _gate = new();
    private TaskCompletionSource? _next;

    /// <summary>Completes at the next <see cref="Drained"/> (not at one that already happened).</summary>
    public Task Next
    {
        get
        {
            lock (_gate)
                return (_next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>Every frame received so far has been handled.</summary>
    public void Drained()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            waiting = _next;
            _next = null;
        }
        waiting?.TrySetResult();
    }
}
