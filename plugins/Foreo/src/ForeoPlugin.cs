using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Foreo;

/// <summary>Registers the Foreo protocol.</summary>
public sealed class ForeoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new ForeoProtocol());
}
