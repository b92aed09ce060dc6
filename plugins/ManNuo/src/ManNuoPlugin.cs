using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.ManNuo;

/// <summary>Registers the mannuo protocol.</summary>
public sealed class ManNuoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new ManNuoProtocol());
}
