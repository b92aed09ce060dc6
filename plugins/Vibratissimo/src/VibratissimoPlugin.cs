using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Vibratissimo;

/// <summary>Registers the Vibratissimo protocol.</summary>
public sealed class VibratissimoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new VibratissimoProtocol());
    }
}
