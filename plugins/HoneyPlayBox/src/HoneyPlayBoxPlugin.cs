using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>Registers the Honey Play Box protocol.</summary>
public sealed class HoneyPlayBoxPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new HoneyPlayBoxProtocol(builder.Context.Time));
}
