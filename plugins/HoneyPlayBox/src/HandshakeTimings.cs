namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// How long the handshake waits for the device's answer: the handshake frame is written, then written
/// again (with the next counter) after each wait but the last; when the last wait passes too, the
/// connection fails. The reference waits 1 + 2 + 3 s before its one re-send, then 4 s.
/// </summary>
/// <param name="Waits">The wait after each write, in order.</param>
internal sealed record HandshakeTimings(IReadOnlyList<TimeSpan> Waits)
{
    /// <summary>The reference's timings: 6 s, then 4 s.</summary>
    public static HandshakeTimings Default { get; } = new([TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(4)]);
}
