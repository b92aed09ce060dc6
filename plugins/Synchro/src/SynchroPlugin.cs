using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Synchro;

/// <summary>Registers the Synchro protocol.</summary>
public sealed class SynchroPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new SynchroProtocol());
}
