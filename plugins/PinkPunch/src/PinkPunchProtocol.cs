using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.PinkPunch;

/// <summary>The pink_punch protocol: the advertised name selects the model.</summary>
public sealed class PinkPunchProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "pink_punch";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public PinkPunchProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new PinkPunchHandler(device);
}
