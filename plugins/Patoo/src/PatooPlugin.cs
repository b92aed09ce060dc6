using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Patoo;

/// <summary>Registers the Patoo protocol.</summary>
public sealed class PatooPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new PatooProtocol());
}
