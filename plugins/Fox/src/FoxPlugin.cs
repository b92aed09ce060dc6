using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Fox;

/// <summary>Registers the Fox protocol.</summary>
public sealed class FoxPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new FoxProtocol());
    }
}
