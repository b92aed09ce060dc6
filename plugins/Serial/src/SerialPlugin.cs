using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Serial;

/// <summary>Registers the serial port transport.</summary>
public sealed class SerialPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddTransport(new SerialTransport(builder.Context));
}
