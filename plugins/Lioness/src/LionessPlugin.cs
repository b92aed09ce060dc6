using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Lioness;

/// <summary>Registers the lioness protocol.</summary>
public sealed class LionessPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new LionessProtocol());
}
