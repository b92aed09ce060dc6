using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Youou;

/// <summary>Registers the Youou protocol.</summary>
public sealed class YououPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new YououProtocol());
}
