using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Loob;

/// <summary>Registers the loob protocol.</summary>
public sealed class LoobPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new LoobProtocol());
}
