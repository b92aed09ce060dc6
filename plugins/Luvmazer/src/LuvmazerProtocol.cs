using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Luvmazer;

/// <summary>The luvmazer protocol; the advertised name (<c>TKLM-…</c>) selects the model.</summary>
public sealed class LuvmazerProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "luvmazer";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LuvmazerProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LuvmazerHandler(device);
}
