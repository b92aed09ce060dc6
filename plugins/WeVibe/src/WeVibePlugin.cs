using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.WeVibe;

/// <summary>Registers the three We-Vibe protocol variants.</summary>
public sealed class WeVibePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new WeVibeProtocol());
        builder.AddProtocol(new WeVibe8BitProtocol());
        builder.AddProtocol(new WeVibeChorusProtocol());
    }
}
