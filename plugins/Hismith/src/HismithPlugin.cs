using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Hismith;

/// <summary>Registers the Hismith protocols.</summary>
public sealed class HismithPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new HismithProtocol());
        builder.AddProtocol(new HismithMiniProtocol());
    }
}
