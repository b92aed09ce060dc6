using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices;

/// <summary>The host side handed to one transport: forwards its reports to the device manager.</summary>
internal sealed class TransportHost(ITransport transport, DeviceManager manager, ILogger logger) : ITransportHost
{
    public bool IsAvailable { get; private set; } = true;

    public IReadOnlyList<CommunicationSpecifier> Specifiers => manager.AllSpecifiers();

    public void DeviceFound(DeviceIdentity identity) => manager.OnDeviceFound(transport, identity);

    public void ScanningFinished() => manager.OnScanningFinished(transport);

    public void ReportUnavailable(string reason)
    {
        IsAvailable = false;
        logger.LogWarning("Transport {Transport} is unavailable: {Reason}", transport.Name, reason);
        manager.OnScanningFinished(transport);
    }
}
