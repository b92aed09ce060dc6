using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.JeJoue;

/// <summary>The jejoue protocol (Je Joue toys, advertised as <c>Je Joue</c>).</summary>
public sealed class JeJoueProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "jejoue";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public JeJoueProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new JeJoueHandler(device);
}
