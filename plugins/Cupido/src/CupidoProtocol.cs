using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cupido;

/// <summary>The cupido protocol: the Cupido toy advertised as <c>MY2607-BLE-V1.0</c>.</summary>
public sealed class CupidoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "cupido";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public CupidoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new CupidoHandler(device);
}
