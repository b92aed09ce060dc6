using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Galaku;

/// <summary>Registers the Galaku protocol.</summary>
public sealed class GalakuPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new GalakuProtocol());
}
