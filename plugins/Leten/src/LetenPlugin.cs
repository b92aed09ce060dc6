using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Leten;

/// <summary>Registers the leten protocol.</summary>
public sealed class LetenPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new LetenProtocol(builder.Context.Time));
}
