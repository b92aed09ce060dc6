using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lovense.Tests;

/// <summary>
/// What Lovense tests need beyond <see cref="ProtocolTestDevice"/>: a fast protocol, toys that answer
/// <c>DeviceType;</c>, and builders for outputs and expected writes.
/// </summary>
internal static class LovenseTestDevice
{
    /// <summary>Short timeouts so tests of silent toys stay fast.</summary>
    public static readonly LovenseOptions FastOptions = new()
    {
        IdentifyReplyTimeout = TimeSpan.FromMilliseconds(20),
        BatteryReplyTimeout = TimeSpan.FromMilliseconds(100),
        StrokerTick = TimeSpan.FromMilliseconds(5),
    };

    public static readonly LovenseProtocol Protocol = new(FastOptions);

    /// <summary>Connects a toy that answers <c>DeviceType;</c> with <paramref name="deviceTypeReply"/>.</summary>
    public static Task<ProtocolTestDevice> ConnectAsync(string deviceTypeReply, string name = "LVS-DoesntMatter") =>
        ProtocolTestDevice.ConnectAsync(Protocol, name, hardware => hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, deviceTypeReply));

    /// <summary>Identifies and initialises a toy on <paramref name="hardware"/>.</summary>
    public static Task<ProtocolTestDevice> ConnectAsync(MemoryHardware hardware) => ProtocolTestDevice.ConnectAsync(Protocol, hardware);

    public static IReadOnlyList<HardwareCommand> Outputs(this ProtocolTestDevice toy, params OutputCommand[] commands) => toy.Translate(commands);

    public static IReadOnlyList<HardwareCommand> Stop(this ProtocolTestDevice toy) => toy.Handler.HandleStop();

    /// <summary>The expected writes: each text to tx, without response.</summary>
    public static HardwareCommand[] Tx(params string[] texts) => [.. texts.Select(t => HardwareCommand.Write(Endpoints.Tx, t))];

    public static OutputCommand Vibrate(int feature, int value) => new(feature, OutputType.Vibrate, value);
    public static OutputCommand Oscillate(int feature, int value) => new(feature, OutputType.Oscillate, value);
    public static OutputCommand Rotate(int feature, int value) => new(feature, OutputType.Rotate, value);
    public static OutputCommand Constrict(int feature, int value) => new(feature, OutputType.Constrict, value);
    public static OutputCommand Position(int feature, int value, uint duration) => new(feature, OutputType.HwPositionWithDuration, value, duration);
}
