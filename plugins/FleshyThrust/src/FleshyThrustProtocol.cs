using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.FleshyThrust;

/// <summary>The fleshy-thrust protocol: the Fleshy Thrust Sync stroker, advertised as <c>BT05</c>.</summary>
public sealed class FleshyThrustProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "fleshy-thrust";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public FleshyThrustProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new FleshyThrustHandler(device);
}
