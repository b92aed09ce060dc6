using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>The <c>honeyplaybox</c> protocol; the model is told by the advertised name.</summary>
public sealed class HoneyPlayBoxProtocol : ProtocolBase
{
    private readonly HoneyPlayBoxTimings _timings;
    private readonly TimeProvider _time;

    /// <summary>Creates the protocol with the reference's timings on the system clock.</summary>
    public HoneyPlayBoxProtocol() : this(TimeProvider.System) { }

    /// <summary>Creates the protocol with the reference's timings on <paramref name="time"/> (the plugin's clock).</summary>
    public HoneyPlayBoxProtocol(TimeProvider time) : this(HoneyPlayBoxTimings.Default, time) { }

    internal HoneyPlayBoxProtocol(HoneyPlayBoxTimings timings, TimeProvider time) : base("honeyplaybox")
    {
        _timings = timings;
        _time = time;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new HoneyPlayBoxHandler(device, _timings, _time);
}
