using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Motorbunny;

/// <summary>Registers the Motorbunny protocol.</summary>
public sealed class MotorbunnyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new MotorbunnyProtocol());
}
