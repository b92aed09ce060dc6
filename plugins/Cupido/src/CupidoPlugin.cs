using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Cupido;

/// <summary>Registers the Cupido protocol.</summary>
public sealed class CupidoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new CupidoProtocol());
    }
}
