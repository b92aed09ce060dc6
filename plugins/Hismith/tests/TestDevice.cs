using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Hismith.Tests;

/// <summary>Hismith toys are identified by their model characteristic: connect one that reports <c>model</c>.</summary>
internal static class TestDevice
{
    /// <summary>Connects a device named <paramref name="name"/> whose model characteristic holds <paramref name="model"/>.</summary>
    public static Task<ProtocolTestDevice> ConnectAsync(IProtocol protocol, string name, params byte[] model) =>
        ProtocolTestDevice.ConnectAsync(protocol, name, hardware => hardware.SetReadValue(Endpoints.RxBleModel, model),
            endpoints: [Endpoints.Tx, Endpoints.RxBleModel]);
}
