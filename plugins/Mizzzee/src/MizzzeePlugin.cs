using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>Registers the three Mizz Zee protocols.</summary>
public sealed class MizzzeePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new MizzzeeProtocol());
        builder.AddProtocol(new MizzzeeV2Protocol());
        builder.AddProtocol(new MizzzeeV3Protocol(builder.Context.Time));
    }
}
