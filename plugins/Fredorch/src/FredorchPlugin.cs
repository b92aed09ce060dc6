using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Fredorch;

/// <summary>Registers the Fredorch protocols: fredorch and fredorch-rotary.</summary>
public sealed class FredorchPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new FredorchProtocol(builder.Context.Time));
        builder.AddProtocol(new FredorchRotaryProtocol(builder.Context.Time));
    }
}
