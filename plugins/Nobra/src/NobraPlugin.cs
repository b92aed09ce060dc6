using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Nobra;

/// <summary>Registers the Nobra protocol.</summary>
public sealed class NobraPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new NobraProtocol());
}
