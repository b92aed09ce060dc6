using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Sdk.Transports;

/// <summary>The host side of a transport: where it reports what it finds.</summary>
public interface ITransportHost
{
    /// <summary>The communication specifiers of every loaded protocol (e.g. BLE service UUIDs to scan for).</summary>
    IReadOnlyList<CommunicationSpecifier> Specifiers { get; }

    /// <summary>Reports a device seen on the bus. Reporting the same address again is harmless.</summary>
    void DeviceFound(DeviceIdentity identity);

    /// <summary>Reports that this transport's scan has ended.</summary>
    void ScanningFinished();

    /// <summary>
    /// Reports that the transport cannot work now (e.g. no Bluetooth adapter), with a reason for the log
    /// that says what is missing and how to fix it. The host does not ask an unavailable transport to scan.
    /// </summary>
    void ReportUnavailable(string reason);

    /// <summary>
    /// Reports that a transport that reported itself unavailable works again (e.g. the Bluetooth service
    /// or adapter came back); the host asks it to scan again. Added in SDK 1.2; the default does nothing,
    /// so hosts built before it keep compiling.
    /// </summary>
    void ReportAvailable()
    {
    }
}
