using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sensee;

/// <summary>The <c>sensee-v2</c> protocol; the model is told by the advertised name.</summary>
public sealed class SenseeV2Protocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SenseeV2Protocol() : base("sensee-v2") { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SenseeV2Handler(device);
}
