using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Aneros;

/// <summary>Registers the Aneros protocol.</summary>
public sealed class AnerosPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new AnerosProtocol());
    }
}
