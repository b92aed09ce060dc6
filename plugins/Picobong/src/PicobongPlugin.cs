using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Picobong;

/// <summary>Registers the Picobong protocol.</summary>
public sealed class PicobongPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new PicobongProtocol());
}
