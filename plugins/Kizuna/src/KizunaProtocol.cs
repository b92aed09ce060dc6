using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kizuna;

/// <summary>The kizuna protocol (Kizuna Smart, a serial device; the user assigns its port).</summary>
public sealed class KizunaProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "kizuna";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public KizunaProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KizunaHandler(device);
}
