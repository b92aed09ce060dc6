using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Galaku;

/// <summary>Registers the Galaku protocols (galaku, galaku-pump).</summary>
public sealed class GalakuPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new GalakuProtocol());
        builder.AddProtocol(new GalakuPumpProtocol());
    }
}
