using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Youcups;

/// <summary>Registers the Youcups protocol.</summary>
public sealed class YoucupsPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new YoucupsProtocol());
}
