namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>The protocol's timings: the handshake's waits and the keep-alive's quiet time.</summary>
/// <param name="Handshake">How long to wait for the handshake's answer.</param>
/// <param name="KeepAlive">Quiet time after which the motors' state is sent again.</param>
internal sealed record HoneyPlayBoxTimings(HandshakeTimings Handshake, TimeSpan KeepAlive)
{
    /// <summary>The reference's timings: 500 ms keep-alive.</summary>
    public static HoneyPlayBoxTimings Default { get; } = new(HandshakeTimings.Default, TimeSpan.FromMilliseconds(500));
}
