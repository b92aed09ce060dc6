using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>Registers the simulated transport.</summary>
public sealed class SimulatedPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddTransport(new SimulatedTransport(builder.Context));
}
