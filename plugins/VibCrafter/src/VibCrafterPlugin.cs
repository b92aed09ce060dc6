using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.VibCrafter;

/// <summary>Registers the vibcrafter protocol; its handshake timeout runs on the host's clock.</summary>
public sealed class VibCrafterPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new VibCrafterProtocol(builder.Context.Time));
}
