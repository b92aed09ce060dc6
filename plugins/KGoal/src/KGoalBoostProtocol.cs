using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.KGoal;

/// <summary>The kgoal-boost protocol (KGoal Boost pelvic-floor trainer, advertised as <c>Boost</c>): pressure readings and battery, no outputs.</summary>
public sealed class KGoalBoostProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "kgoal-boost";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public KGoalBoostProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KGoalBoostHandler(device);
}
