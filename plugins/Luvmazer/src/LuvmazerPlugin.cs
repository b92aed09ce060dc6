using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Luvmazer;

/// <summary>Registers the Luvmazer protocol.</summary>
public sealed class LuvmazerPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new LuvmazerProtocol());
}
