using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.LoveDistance;

/// <summary>Registers the Love Distance protocol.</summary>
public sealed class LoveDistancePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new LoveDistanceProtocol());
}
