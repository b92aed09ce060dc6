using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Lovehoney;

/// <summary>Registers the Lovehoney protocol.</summary>
public sealed class LovehoneyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new LovehoneyDesireProtocol());
}
