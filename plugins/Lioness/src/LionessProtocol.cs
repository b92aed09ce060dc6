using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lioness;

/// <summary>The lioness protocol (Lioness, advertised as <c>Lioness</c> or <c>Lioness2</c>).</summary>
public sealed class LionessProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "lioness";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LionessProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LionessHandler(device);
}
