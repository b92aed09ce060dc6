using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices;

/// <summary>The host side handed to one transport: forwards its reports to the device manager.</summary>
internal sealed class TransportHost(ITransport transport, DeviceManager manager, ILogger logger) : ITransportHost
{
    private volatile string? _unavailableReason;

    public bool IsAvailable => _unavailableReason is null;

    /// <summary>Why the transport cannot work, as it last said; null while it can.</summary>
    public string? UnavailableReason => _unavailableReason;

    public IReadOnlyList<CommunicationSpecifier> Specifiers => manager.AllSpecifiers();

    public void DeviceFound(DeviceIdentity identity) => manager.OnDeviceFound(transport, identity);

    public void ScanningFinished() => manager.OnScanningFinished(transport);

    public void ReportUnavailable(string reason)
    {
        _unavailableReason = reason;
        logger.LogWarning("Transport {Transport} is unavailable: {Reason}", transport.Name, reason);
        manager.OnBusStateChanged();
        manager.OnScanningFinished(transport);
    }

    public void ReportAvailable()
    {
        if (_unavailableReason is null)
            return;
        _unavailableReason = null;
        logger.LogInformation("Transport {Transport} is available again", transport.Name);
        manager.OnBusStateChanged();
        manager.OnTransportAvailable(transport);
    }
}
