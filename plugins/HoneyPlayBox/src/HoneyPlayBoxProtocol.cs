using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>The <c>honeyplaybox</c> protocol; the model is told by the advertised name.</summary>
public sealed class HoneyPlayBoxProtocol : ProtocolBase
{
    private readonly HoneyPlayBoxTimings _timings;
    private readonly TimeProvider _time;

    /// <summary>Creates the protocol with the reference's timings.</summary>
    public HoneyPlayBoxProtocol() : this(HoneyPlayBoxTimings.Default, TimeProvider.System) { }

    internal HoneyPlayBoxProtocol(HoneyPlayBoxTimings timings, TimeProvider time) : base("honeyplaybox")
    {
        _timings = timings;
        _time = time;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new HoneyPlayBoxHandler(device, _timings, _time);
}
