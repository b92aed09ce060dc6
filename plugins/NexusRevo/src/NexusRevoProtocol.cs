using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.NexusRevo;

/// <summary>The nexus-revo protocol: the Revo Stealth, advertised as <c>XW-LW3</c>.</summary>
public sealed class NexusRevoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "nexus-revo";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public NexusRevoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new NexusRevoHandler(device);
}
