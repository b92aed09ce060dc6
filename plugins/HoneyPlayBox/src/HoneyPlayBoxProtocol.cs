using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>The <c>honeyplaybox</c> protocol; the model is told by the advertised name.</summary>
public sealed class HoneyPlayBoxProtocol : ProtocolBase
{
    private readonly HoneyPlayBoxTimings _timings;
    private readonly TimeProvider _time;

    /// <summary>Creates the protocol with the reference's timings on the system clock.</summary>
    public HoneyPlayBoxProtocol() : this(TimeProvider.System) { }

    /// <summary>Creates the protocol on <paramref name="time"/> (the plugin's clock).</summary>
    /// <param name="time">Clock of the handshake's waits and the keep-alive.</param>
    /// <param name="keepAliveInterval">Quiet time after which the motors' state is sent again; default 500 ms.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keepAliveInterval"/> is not positive.</exception>
    public HoneyPlayBoxProtocol(TimeProvider time, TimeSpan? keepAliveInterval = null)
        : this(HoneyPlayBoxTimings.Default with { KeepAlive = keepAliveInterval ?? HoneyPlayBoxTimings.Default.KeepAlive }, time)
    {
        if (keepAliveInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(keepAliveInterval), "The keep-alive interval must be positive.");
    }

    internal HoneyPlayBoxProtocol(HoneyPlayBoxTimings timings, TimeProvider time) : base("honeyplaybox")
    {
        _timings = timings;
        _time = time;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new HoneyPlayBoxHandler(device, _timings, _time);
}
