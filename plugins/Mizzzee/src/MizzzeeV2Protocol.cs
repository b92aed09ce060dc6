using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>The second Mizz Zee protocol (advertised as <c>XHT</c>).</summary>
public sealed class MizzzeeV2Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "mizzzee-v2";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public MizzzeeV2Protocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MizzzeeV2Handler(device);
}
