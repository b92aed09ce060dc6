using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Galaku;

/// <summary>The <c>galaku-pump</c> protocol: the Galaku Nebula (V415), a thruster and a vibrator in one encrypted packet.</summary>
public sealed class GalakuPumpProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "galaku-pump";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public GalakuPumpProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new GalakuPumpHandler(device);
}
