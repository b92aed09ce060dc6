using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sensee;

/// <summary>The <c>sensee</c> protocol (v1: the Sensee Diandou Rabbit, advertising <c>CTY222S4</c>).</summary>
public sealed class SenseeProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SenseeProtocol() : base("sensee") { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SenseeHandler(device);
}
