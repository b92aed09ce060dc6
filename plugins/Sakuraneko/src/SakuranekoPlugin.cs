using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Sakuraneko;

/// <summary>Registers the Sakuraneko protocol.</summary>
public sealed class SakuranekoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new SakuranekoProtocol());
}
