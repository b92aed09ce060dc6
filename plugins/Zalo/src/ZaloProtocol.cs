using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Zalo;

/// <summary>The zalo protocol: the advertised name selects the model.</summary>
public sealed class ZaloProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "zalo";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public ZaloProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new ZaloHandler(device);
}
