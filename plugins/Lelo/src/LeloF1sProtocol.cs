using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>The original Lelo F1s: subscribe to <c>rx</c>, then F1s packets, unacknowledged.</summary>
public sealed class LeloF1sProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LeloF1sProtocol() : base("lelo-f1s") { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) =>
        new DualMotorHandler(device, new SubscribeRx(), withResponse: false);
}
