using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.FeelingSo;

/// <summary>Registers the FeelingSo protocol.</summary>
public sealed class FeelingSoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new FeelingSoProtocol());
    }
}
