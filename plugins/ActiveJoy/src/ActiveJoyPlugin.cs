using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.ActiveJoy;

/// <summary>Registers the ActiveJoy protocol.</summary>
public sealed class ActiveJoyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new ActiveJoyProtocol());
    }
}
