using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.MysteryVibe;

/// <summary>Registers the MysteryVibe protocols.</summary>
public sealed class MysteryVibePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new MysteryVibeProtocol(builder.Context.Time));
        builder.AddProtocol(new MysteryVibeV2Protocol(builder.Context.Time));
    }
}
