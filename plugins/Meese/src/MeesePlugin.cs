using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Meese;

/// <summary>Registers the Meese protocol.</summary>
public sealed class MeesePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new MeeseProtocol());
}
