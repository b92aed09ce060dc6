using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Sensee;

/// <summary>Registers the Sensee protocols.</summary>
public sealed class SenseePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new SenseeProtocol());
        builder.AddProtocol(new SenseeV2Protocol());
    }
}
