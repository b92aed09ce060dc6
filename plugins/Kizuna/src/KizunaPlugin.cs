using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Kizuna;

/// <summary>Registers the kizuna protocol.</summary>
public sealed class KizunaPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new KizunaProtocol());
}
