using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.FleshyThrust;

/// <summary>Registers the FleshyThrust protocol.</summary>
public sealed class FleshyThrustPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new FleshyThrustProtocol());
    }
}
