using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.WeToy;

/// <summary>The wetoy protocol: the MiNa, advertised as <c>WeToy</c>.</summary>
public sealed class WeToyProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "wetoy";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public WeToyProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new WeToyHandler(device);
}
