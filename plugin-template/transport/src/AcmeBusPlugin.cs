using ButtplugHost.Sdk.Plugins;

namespace AcmeBus;

/// <summary>The plugin's entry class: the host creates it once and calls <see cref="Configure"/>.</summary>
public sealed class AcmeBusPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddTransport(new AcmeBusTransport(builder.Context));
}
