using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>Registers the Bluetooth LE transport.</summary>
public sealed class BluetoothLEPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddTransport(new BluetoothLETransport(builder.Context));
}
