using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.LoveNuts;

/// <summary>Registers the lovenuts protocol.</summary>
public sealed class LoveNutsPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new LoveNutsProtocol());
}
