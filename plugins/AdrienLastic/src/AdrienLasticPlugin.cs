using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.AdrienLastic;

/// <summary>Registers the Adrien Lastic protocol.</summary>
public sealed class AdrienLasticPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new AdrienLasticProtocol());
}
