using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>
/// Every client message of spec versions 0–4: the versions it belongs to (per the spec) and its
/// handler. RequestServerInfo is handled by the session itself.
/// </summary>
internal static class MessageTable
{
    /// <summary>A message's versions and handler; detached handlers (device reads) run beside later messages.</summary>
    public sealed record Entry(int FirstVersion, int LastVersion, Func<ClientSession, IncomingMessage, ValueTask<Reply>> Handler, bool Detached = false);

    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        // Status and enumeration
        ["Ping"] = new(0, 4, SessionHandlers.Ping),
        ["Test"] = new(0, 1, SessionHandlers.Test),
        // Removed in v2 by the spec (the schema still lists it, but Log exists only in v0–v1).
        ["RequestLog"] = new(0, 1, SessionHandlers.RequestLog),
        ["Disconnect"] = new(4, 4, SessionHandlers.Disconnect),
        ["StartScanning"] = new(0, 4, EnumerationHandlers.StartScanning),
        ["StopScanning"] = new(0, 4, EnumerationHandlers.StopScanning),
        ["RequestDeviceList"] = new(0, 4, EnumerationHandlers.RequestDeviceList),
        // Stopping
        ["StopDeviceCmd"] = new(0, 3, StopHandlers.StopDeviceCmd),
        ["StopAllDevices"] = new(0, 3, StopHandlers.StopAllDevices),
        ["StopCmd"] = new(4, 4, StopHandlers.StopCmd),
        // Outputs
        ["SingleMotorVibrateCmd"] = new(0, 1, LegacyOutputHandlers.SingleMotorVibrateCmd),
        ["FleshlightLaunchFW12Cmd"] = new(0, 1, LegacyOutputHandlers.FleshlightLaunchFW12Cmd),
        ["VorzeA10CycloneCmd"] = new(0, 1, LegacyOutputHandlers.VorzeA10CycloneCmd),
        ["KiirooCmd"] = new(0, 1, LegacyOutputHandlers.KiirooCmd),
        ["LovenseCmd"] = new(0, 0, RawHandlers.LovenseCmd),
        ["VibrateCmd"] = new(1, 3, LegacyOutputHandlers.VibrateCmd),
        ["RotateCmd"] = new(1, 3, LegacyOutputHandlers.RotateCmd),
        ["LinearCmd"] = new(1, 3, LegacyOutputHandlers.LinearCmd),
        ["ScalarCmd"] = new(3, 3, LegacyOutputHandlers.ScalarCmd),
        ["OutputCmd"] = new(4, 4, OutputHandlers.OutputCmd),
        // Inputs
        ["BatteryLevelCmd"] = new(2, 2, InputHandlers.BatteryLevelCmd, Detached: true),
        ["RSSILevelCmd"] = new(2, 2, InputHandlers.RssiLevelCmd, Detached: true),
        ["SensorReadCmd"] = new(3, 3, InputHandlers.SensorReadCmd, Detached: true),
        ["SensorSubscribeCmd"] = new(3, 3, InputHandlers.SensorSubscribeCmd),
        ["SensorUnsubscribeCmd"] = new(3, 3, InputHandlers.SensorUnsubscribeCmd),
        ["InputCmd"] = new(4, 4, InputHandlers.InputCmd, Detached: true),
        // Raw access (off unless configured)
        ["RawWriteCmd"] = new(2, 3, RawHandlers.RawWriteCmd),
        ["RawReadCmd"] = new(2, 3, RawHandlers.RawReadCmd, Detached: true),
        ["RawSubscribeCmd"] = new(2, 3, RawHandlers.RawSubscribeCmd),
        ["RawUnsubscribeCmd"] = new(2, 3, RawHandlers.RawUnsubscribeCmd),
    };

    public static Entry? Find(string name) => Entries.GetValueOrDefault(name);
}
