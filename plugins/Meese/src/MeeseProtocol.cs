using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Meese;

/// <summary>The meese protocol: the advertised name selects the model.</summary>
public sealed class MeeseProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "meese";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public MeeseProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MeeseHandler(device);
}
