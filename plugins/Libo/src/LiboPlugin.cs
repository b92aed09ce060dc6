using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Libo;

/// <summary>Registers the Libo protocols.</summary>
public sealed class LiboPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new LiboVibesProtocol());
        builder.AddProtocol(new LiboElleProtocol());
        builder.AddProtocol(new LiboSharkProtocol());
    }
}
