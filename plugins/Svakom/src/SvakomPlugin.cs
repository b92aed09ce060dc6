using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>Registers the twenty Svakom protocols.</summary>
public sealed class SvakomPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        foreach (var protocol in SvakomProtocol.All())
            builder.AddProtocol(protocol);
    }
}
