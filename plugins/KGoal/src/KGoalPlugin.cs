using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.KGoal;

/// <summary>Registers the kgoal-boost protocol.</summary>
public sealed class KGoalPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new KGoalBoostProtocol());
}
