using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cachito;

/// <summary>The cachito protocol: the advertised name selects the model.</summary>
public sealed class CachitoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "cachito";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public CachitoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new CachitoHandler(device);
}
