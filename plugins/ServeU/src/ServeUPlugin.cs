using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.ServeU;

/// <summary>Registers the ServeU protocol.</summary>
public sealed class ServeUPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new ServeUProtocol());
}
