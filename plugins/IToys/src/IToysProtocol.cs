using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.IToys;

/// <summary>The itoys protocol: the advertised name selects the model.</summary>
public sealed class IToysProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "itoys";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public IToysProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new IToysHandler(device);
}
