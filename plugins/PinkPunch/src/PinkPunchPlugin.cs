using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.PinkPunch;

/// <summary>Registers the Pink Punch protocol.</summary>
public sealed class PinkPunchPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new PinkPunchProtocol());
}
