using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Htk;

/// <summary>Registers the htk_bm protocol.</summary>
public sealed class HtkPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new HtkBmProtocol());
}
