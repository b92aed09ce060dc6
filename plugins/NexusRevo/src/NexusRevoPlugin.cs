using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.NexusRevo;

/// <summary>Registers the Nexus Revo protocol.</summary>
public sealed class NexusRevoPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new NexusRevoProtocol());
}
