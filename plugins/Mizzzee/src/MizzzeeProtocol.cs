using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>The first Mizz Zee protocol (advertised as <c>NFY008</c>).</summary>
public sealed class MizzzeeProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "mizzzee";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public MizzzeeProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MizzzeeHandler(device);
}
