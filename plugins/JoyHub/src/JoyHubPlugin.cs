using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.JoyHub;

/// <summary>Registers the JoyHub protocol.</summary>
public sealed class JoyHubPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new JoyHubProtocol());
}
