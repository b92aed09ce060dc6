using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sakuraneko;

/// <summary>The sakuraneko protocol: the advertised name (<c>sakuraneko-0N</c>) selects the model.</summary>
public sealed class SakuranekoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "sakuraneko";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SakuranekoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SakuranekoHandler(device);
}
