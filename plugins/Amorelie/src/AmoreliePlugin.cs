using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Amorelie;

/// <summary>Registers the Amorelie protocol.</summary>
public sealed class AmoreliePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new AmorelieJoyProtocol());
}
