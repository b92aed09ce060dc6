using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Fluffer;

/// <summary>Registers the Fluffer protocol.</summary>
public sealed class FlufferPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new FlufferProtocol());
}
