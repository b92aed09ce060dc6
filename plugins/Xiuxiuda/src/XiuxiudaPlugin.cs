using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Xiuxiuda;

/// <summary>Registers the Xiuxiuda protocol.</summary>
public sealed class XiuxiudaPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new XiuxiudaProtocol());
}
