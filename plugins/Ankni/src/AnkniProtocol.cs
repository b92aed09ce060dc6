using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Ankni;

/// <summary>The ankni protocol: the Roselex toy advertised as <c>DSJM</c>.</summary>
public sealed class AnkniProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "ankni";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public AnkniProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new AnkniHandler(device);
}
