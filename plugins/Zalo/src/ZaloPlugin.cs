using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Zalo;

/// <summary>Registers the Zalo protocol.</summary>
public sealed class ZaloPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new ZaloProtocol());
}
