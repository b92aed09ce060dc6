using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Xuanhuan;

/// <summary>Registers the Xuanhuan protocol, its keep-alive on the host's clock.</summary>
public sealed class XuanhuanPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new XuanhuanProtocol(builder.Context.Time));
}
