using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.PrettyLove;

/// <summary>Registers the Pretty Love protocol.</summary>
public sealed class PrettyLovePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new PrettyLoveProtocol());
}
