using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Cachito;

/// <summary>Registers the Cachito protocol.</summary>
public sealed class CachitoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new CachitoProtocol());
}
