using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Cowgirl;

/// <summary>Registers the cowgirl and cowgirl-cone protocols; the cone's settling time runs on the host's clock.</summary>
public sealed class CowgirlPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new CowgirlProtocol());
        builder.AddProtocol(new CowgirlConeProtocol(builder.Context.Time));
    }
}
