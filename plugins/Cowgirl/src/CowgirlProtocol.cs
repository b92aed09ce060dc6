using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cowgirl;

/// <summary>The cowgirl protocol (The Cowgirl, The Unicorn): the advertised name selects the model.</summary>
public sealed class CowgirlProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "cowgirl";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public CowgirlProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new CowgirlHandler(device);
}
