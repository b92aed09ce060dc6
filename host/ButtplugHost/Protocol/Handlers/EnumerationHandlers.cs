using Microsoft.Extensions.Logging;
using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>StartScanning, StopScanning, RequestDeviceList.</summary>
internal static class EnumerationHandlers
{
    /// <summary>
    /// Ok goes out before scanning starts: a bus that finishes at once would otherwise send
    /// ScanningFinished ahead of the Ok, and clients that set "scanning" on the Ok stay stuck in it.
    /// When no bus can scan at all, the client gets an Error naming each bus and why, not an empty scan.
    /// Right after start, the buses may still be coming up (clients are served meanwhile): the scan waits for them.
    /// </summary>
    public static async ValueTask<Reply> StartScanning(ClientSession s, IncomingMessage m)
    {
        await s.Devices.WaitForBusesAsync();
        if (s.Devices.WhyNoTransportCanScan() is { } reason)
        {
            s.Logger.LogWarning("{Reason}", reason);
            return ServerMessages.Error(m.Id, ErrorCode.Device, reason);
        }
        s.Send(ServerMessages.Ok(m.Id));
        await s.Devices.StartScanningAsync();
        return ServerMessages.None;
    }

    public static async ValueTask<Reply> StopScanning(ClientSession s, IncomingMessage m)
    {
        await s.Devices.StopScanningAsync();
        return ServerMessages.Ok(m.Id);
    }

    public static ValueTask<Reply> RequestDeviceList(ClientSession s, IncomingMessage m) =>
        // The snapshot is taken as the reply is written, in order with the session's device events.
        ValueTask.FromResult<Reply>(w => ServerMessages.DeviceList(m.Id, s.Devices.Devices, s.Version!.Value, s.Options.AllowRawMessages)(w));
}
