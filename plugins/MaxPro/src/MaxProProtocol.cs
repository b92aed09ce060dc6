using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MaxPro;

/// <summary>The maxpro protocol (MaxPro 2, advertised as <c>M2</c>).</summary>
public sealed class MaxProProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "maxpro";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public MaxProProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MaxProHandler(device);
}
