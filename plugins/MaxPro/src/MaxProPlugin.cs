using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.MaxPro;

/// <summary>Registers the maxpro protocol.</summary>
public sealed class MaxProPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new MaxProProtocol());
}
