using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>Registers the Sexverse protocols.</summary>
public sealed class SexversePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new SexverseV1Protocol());
}
