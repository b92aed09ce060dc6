using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Aneros;

/// <summary>The aneros protocol: the Aneros Vivi, found by its advertised name <c>Massage Demo</c>.</summary>
public sealed class AnerosProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "aneros";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public AnerosProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new AnerosHandler(device);
}
