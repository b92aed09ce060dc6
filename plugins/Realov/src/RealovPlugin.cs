using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Realov;

/// <summary>Registers the Realov protocol.</summary>
public sealed class RealovPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new RealovProtocol());
}
