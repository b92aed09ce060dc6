using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.ManNuo;

/// <summary>The mannuo protocol (ManNuo toys, advertised as <c>Sex toys</c>, <c>LXCDVP</c>, …).</summary>
public sealed class ManNuoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "mannuo";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public ManNuoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new ManNuoHandler(device);
}
