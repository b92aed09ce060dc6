using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>Registers the device WebSocket transport.</summary>
public sealed class DeviceWebSocketPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddTransport(new DeviceWebSocketTransport(builder.Context));
}
