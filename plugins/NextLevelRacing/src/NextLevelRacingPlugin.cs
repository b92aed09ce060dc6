using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.NextLevelRacing;

/// <summary>Registers the nextlevelracing protocol.</summary>
public sealed class NextLevelRacingPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new NextLevelRacingProtocol());
}
