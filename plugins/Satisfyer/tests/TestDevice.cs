using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Satisfyer.Tests;

/// <summary>
/// What Satisfyer tests need beyond <see cref="ProtocolTestDevice"/>: hardware identified by its model
/// characteristic or manufacturer data, a protocol without keep-alive noise, and an operation log.
/// </summary>
internal static class TestDevice
{
    /// <summary>In-memory Satisfyer hardware whose model characteristic holds <paramref name="model"/>.</summary>
    public static MemoryHardware CreateHardware(byte[]? model = null, IReadOnlyDictionary<ushort, byte[]>? manufacturerData = null, string name = "SF Whatever")
    {
        var identity = new DeviceIdentity
        {
            Transport = "memory",
            Bus = BusKind.BluetoothLE,
            Address = "00:00:00:00:00:01",
            Name = name,
            ManufacturerData = manufacturerData ?? new Dictionary<ushort, byte[]>(),
        };
        var hardware = new MemoryHardware(identity, [Endpoints.Tx, Endpoints.Command, Endpoints.RxBleModel]);
        if (model is not null)
            hardware.SetReadValue(Endpoints.RxBleModel, model);
        return hardware;
    }

    /// <summary>Identifies, resolves and initialises <paramref name="hardware"/>.</summary>
    public static Task<ProtocolTestDevice> ConnectAsync(MemoryHardware hardware, SatisfyerProtocol? protocol = null) =>
        // Long default interval: only the keep-alive tests want repeats.
        ProtocolTestDevice.ConnectAsync(protocol ?? new SatisfyerProtocol(TimeSpan.FromHours(1)), hardware);

    /// <summary>An unacknowledged write to <c>tx</c>, the only kind of packet a Satisfyer gets after start-up.</summary>
    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    /// <summary>The recorded operations in a comparable form: kind, endpoint, bytes, acknowledged.</summary>
    public static IReadOnlyList<string> Log(this ProtocolTestDevice device) =>
        [.. device.Hardware.Operations.Select(o => $"{o.Kind} {o.Endpoint} [{string.Join(",", o.Data ?? [])}]{(o.WithResponse ? " ack" : "")}")];
}
