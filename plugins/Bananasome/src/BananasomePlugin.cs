using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Bananasome;

/// <summary>Registers the Bananasome protocol.</summary>
public sealed class BananasomePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new BananasomeProtocol());
    }
}
