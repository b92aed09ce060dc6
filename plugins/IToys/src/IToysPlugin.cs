using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.IToys;

/// <summary>Registers the iToys protocol.</summary>
public sealed class IToysPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new IToysProtocol());
}
