using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Satisfyer.Tests;

/// <summary>A Satisfyer handler connected to in-memory hardware, set up as the host would.</summary>
internal sealed class TestDevice : IAsyncDisposable
{
    private TestDevice(MemoryHardware hardware, ProtocolHandler handler, ResolvedDeviceConfiguration model)
    {
        Hardware = hardware;
        Handler = handler;
        Model = model;
    }

    public MemoryHardware Hardware { get; }
    public ProtocolHandler Handler { get; }
    public ResolvedDeviceConfiguration Model { get; }

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
    public static async Task<TestDevice> ConnectAsync(MemoryHardware hardware, SatisfyerProtocol? protocol = null)
    {
        // Long default interval: only the keep-alive tests want repeats.
        protocol ??= new SatisfyerProtocol(TimeSpan.FromHours(1));
        var identifier = await protocol.IdentifyAsync(hardware, CancellationToken.None);
        var model = protocol.Definition.Resolve(identifier);
        var handler = protocol.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        return new TestDevice(hardware, handler, model);
    }

    /// <summary>The translation of a legacy Vibrate message: speeds as floats, turned into steps by ceil(100·x).</summary>
    public IReadOnlyList<HardwareCommand> Vibrate(params (int Index, double Speed)[] speeds) =>
        Handler.HandleOutputs([.. speeds.Select(s => new OutputCommand(s.Index, OutputType.Vibrate, (int)Math.Ceiling(100 * s.Speed)))]);

    /// <summary>An unacknowledged write to <c>tx</c>, the only kind of packet a Satisfyer gets after start-up.</summary>
    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    /// <summary>The recorded operations in a comparable form: kind, endpoint, bytes, acknowledged.</summary>
    public IReadOnlyList<string> Log() =>
        [.. Hardware.Operations.Select(o => $"{o.Kind} {o.Endpoint} [{string.Join(",", o.Data ?? [])}]{(o.WithResponse ? " ack" : "")}")];

    public ValueTask DisposeAsync() => Handler.DisposeAsync();
}
