namespace ButtplugHost.Server.Security;

/// <summary>
/// What one client connection may cost (configuration section <c>Server</c>). The defaults stop a
/// silent client's devices within 10 s and cap the memory a client that stops reading can hold.
/// </summary>
internal sealed class ConnectionLimits
{
    /// <summary>A connection that has not sent RequestServerInfo by then is closed (it never holds the client slot).</summary>
    public int HandshakeTimeoutMs { get; set; } = 5000;

    /// <summary>How long a new client waits for the previous one's session to end (its devices stopping) before it is refused.</summary>
    public int SlotWaitMs { get; set; } = 2000;

    /// <summary>The largest client frame; a larger one is answered with an Error and the connection closed.</summary>
    public int MaxFrameBytes { get; set; } = 1 << 20;

    /// <summary>Bytes of replies queued for a client that does not read; beyond it the client is disconnected.</summary>
    public int SendQueueBytes { get; set; } = 16 << 20;

    /// <summary>Interval of WebSocket keep-alive pings (0 = none).</summary>
    public int KeepAliveIntervalMs { get; set; } = 3000;

    /// <summary>A client that has not answered a keep-alive ping within this is dropped and its devices stopped.</summary>
    public int KeepAliveTimeoutMs { get; set; } = 5000;

    /// <summary>Warnings one session may log per <see cref="WarningWindowMs"/>; the rest are counted in one summary line.</summary>
    public int WarningsPerWindow { get; set; } = 10;

    /// <summary>The window of <see cref="WarningsPerWindow"/>.</summary>
    public int WarningWindowMs { get; set; } = 10_000;
}
