using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.MagicMotion;

/// <summary>Registers the four Magic Motion protocols.</summary>
public sealed class MagicMotionPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        foreach (var protocol in MagicMotionProtocol.All())
            builder.AddProtocol(protocol);
    }
}
