using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.WeToy;

/// <summary>Registers the WeToy protocol.</summary>
public sealed class WeToyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new WeToyProtocol());
}
