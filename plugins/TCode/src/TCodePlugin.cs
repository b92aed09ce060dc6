using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.TCode;

/// <summary>Registers the TCode v0.3 protocol.</summary>
public sealed class TCodePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new TCodeProtocol());
}
