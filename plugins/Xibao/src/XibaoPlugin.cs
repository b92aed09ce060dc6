using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Xibao;

/// <summary>Registers the Xibao protocol.</summary>
public sealed class XibaoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new XibaoProtocol());
}
