using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.ServeU;

/// <summary>The serveu protocol: the ServeU stroker, advertised as <c>ServeU</c>.</summary>
public sealed class ServeUProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "serveu";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public ServeUProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new ServeUHandler(device);
}
