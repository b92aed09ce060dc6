using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Nintendo;

/// <summary>Registers the Nintendo Joy-Con protocol.</summary>
public sealed class NintendoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new NintendoJoyconProtocol(builder.Context.Time));
}
