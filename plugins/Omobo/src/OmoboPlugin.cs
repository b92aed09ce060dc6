using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Omobo;

/// <summary>Registers the Omobo protocol.</summary>
public sealed class OmoboPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new OmoboProtocol());
}
