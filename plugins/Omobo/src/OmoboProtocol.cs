using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Omobo;

/// <summary>The omobo protocol: the ViVegg, advertised as <c>S6</c>.</summary>
public sealed class OmoboProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "omobo";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public OmoboProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new OmoboHandler(device);
}
