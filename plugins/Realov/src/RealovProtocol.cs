using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Realov;

/// <summary>The realov protocol: vibrators advertised as <c>REALOV_VIBE</c>.</summary>
public sealed class RealovProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "realov";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public RealovProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new RealovHandler(device);
}
