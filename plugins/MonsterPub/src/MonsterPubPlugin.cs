using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.MonsterPub;

/// <summary>Registers the MonsterPub protocol.</summary>
public sealed class MonsterPubPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new MonsterPubProtocol());
}
