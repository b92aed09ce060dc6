using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.DeepSire;

/// <summary>Registers the DeepSire protocol.</summary>
public sealed class DeepSirePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new DeepSireProtocol());
    }
}
