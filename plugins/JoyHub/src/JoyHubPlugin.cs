using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.JoyHub;

/// <summary>Registers the JoyHub protocol, on the host's clock (the lube pump's switch-off timer).</summary>
public sealed class JoyHubPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new JoyHubProtocol(builder.Context.Time));
}
