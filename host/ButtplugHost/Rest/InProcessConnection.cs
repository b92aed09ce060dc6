using ButtplugHost.Session;

namespace ButtplugHost.Rest;

/// <summary>
/// The REST API's connection to its session: where a WebSocket client would read frames, the
/// <see cref="RestClient"/> gets them handed over in process, in the order the session sent them.
/// </summary>
internal sealed class InProcessConnection(RestClient client) : ISessionOutput
{
    private int _closed;

    /// <summary>The session on the other end (set once, right after it is made).</summary>
    public ClientSession Session { get; set; } = null!;

    /// <summary>Ends the connection's own work (its ping loop) when it closes.</summary>
    public CancellationTokenSource Lifetime { get; } = new();

    public bool Closed => Volatile.Read(ref _closed) != 0;

    public void Send(byte[] frame)
    {
        if (!Closed)
            client.OnFrame(this, frame);
    }

    public void Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
            client.OnClosed(this, reason);
    }

    /// <summary>Marks the connection closed without telling the client (it is the one closing it).</summary>
    public void MarkClosed() => Interlocked.Exchange(ref _closed, 1);

    /// <summary>True for the one caller that ends the connection (its session is disposed once).</summary>
    public bool TryEnd() => Interlocked.Exchange(ref _ended, 1) == 0;

    private int _ended;

    /// <summary>Completes once the session is disposed (its devices stopped, the slot free).</summary>
    public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
