using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Htk;

/// <summary>The htk_bm protocol (HTK Breast Massager, advertised as <c>HTK-BLE-BM001</c>).</summary>
public sealed class HtkBmProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "htk_bm";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public HtkBmProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new HtkBmHandler(device);
}
