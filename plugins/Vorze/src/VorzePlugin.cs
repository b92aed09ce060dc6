using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>Registers the Vorze protocols.</summary>
public sealed class VorzePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new VorzeSAProtocol());
        builder.AddProtocol(new CycloneXProtocol());
    }
}
