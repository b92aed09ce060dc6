using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cowgirl;

/// <summary>The cowgirl-cone protocol (The Cowgirl Cone): one model, a start-up packet and a settling time.</summary>
public sealed class CowgirlConeProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "cowgirl-cone";

    /// <summary>How long the cone needs after its start-up packet before it takes commands (as the reference waits).</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    /// <param name="time">The clock the settling time is measured on; the system clock by default.</param>
    public CowgirlConeProtocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new CowgirlConeHandler(device, _time);
}
