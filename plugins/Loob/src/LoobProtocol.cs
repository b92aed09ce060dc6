using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Loob;

/// <summary>The loob protocol (Joyroid Loob, advertised as <c>LOOB</c>).</summary>
public sealed class LoobProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "loob";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LoobProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LoobHandler(device);
}
