using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.FeelingSo;

/// <summary>The feelingso protocol: the FeelingSo Flair Feel, advertised as <c>Flair Feel</c>.</summary>
public sealed class FeelingSoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "feelingso";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public FeelingSoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new FeelingSoHandler(device);
}
