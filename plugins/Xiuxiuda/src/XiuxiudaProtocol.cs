using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Xiuxiuda;

/// <summary>The xiuxiuda protocol: toys advertised as <c>XXD-Lush…</c>.</summary>
public sealed class XiuxiudaProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "xiuxiuda";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public XiuxiudaProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new XiuxiudaHandler(device);
}
