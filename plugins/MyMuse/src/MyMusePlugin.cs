using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.MyMuse;

/// <summary>Registers the mymuselinkplus protocol.</summary>
public sealed class MyMusePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new MyMuseLinkPlusProtocol());
}
