using ButtplugHost.Sdk.Plugins;

namespace AcmeToy;

/// <summary>The plugin's entry class: the host creates it once and calls <see cref="Configure"/>.</summary>
public sealed class AcmeToyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new AcmeToyProtocol());
}
