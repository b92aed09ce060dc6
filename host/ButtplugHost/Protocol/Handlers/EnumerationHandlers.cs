using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>StartScanning, StopScanning, RequestDeviceList.</summary>
internal static class EnumerationHandlers
{
    public static async Task<Reply> StartScanning(ClientSession s, IncomingMessage m)
    {
        await s.Devices.StartScanningAsync();
        return ServerMessages.Ok(m.Id);
    }

    public static async Task<Reply> StopScanning(ClientSession s, IncomingMessage m)
    {
        await s.Devices.StopScanningAsync();
        return ServerMessages.Ok(m.Id);
    }

    public static Task<Reply> RequestDeviceList(ClientSession s, IncomingMessage m) =>
        Task.FromResult(ServerMessages.DeviceList(m.Id, s.Devices.Devices, s.Version!.Value, s.Options.AllowRawMessages));
}
