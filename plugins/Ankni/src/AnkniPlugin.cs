using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Ankni;

/// <summary>Registers the Ankni protocol.</summary>
public sealed class AnkniPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new AnkniProtocol());
    }
}
