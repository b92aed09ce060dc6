using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Xibao;

/// <summary>The xibao protocol: the Smart Masturbation Cup, advertised as <c>CCYB_…</c>.</summary>
public sealed class XibaoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "xibao";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public XibaoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new XibaoHandler(device);
}
