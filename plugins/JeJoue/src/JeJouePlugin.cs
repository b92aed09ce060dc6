using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.JeJoue;

/// <summary>Registers the jejoue protocol.</summary>
public sealed class JeJouePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new JeJoueProtocol());
}
