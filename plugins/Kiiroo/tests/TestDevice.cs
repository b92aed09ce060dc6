using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>A protocol handler connected to in-memory hardware with the endpoints its definition maps.</summary>
internal sealed class TestDevice
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

    /// <summary>Identifies, resolves and initialises a device advertising <paramref name="name"/>.</summary>
    /// <param name="protocol">The protocol under test.</param>
    /// <param name="name">The advertised name.</param>
    /// <param name="prepare">Scripts the hardware (read values, replies) before initialisation.</param>
    /// <param name="logger">The device's logger; none by default.</param>
    public static async Task<TestDevice> ConnectAsync(IProtocol protocol, string name, Action<MemoryHardware>? prepare = null, ILogger? logger = null)
    {
        var endpoints = protocol.Definition.Communication
            .SelectMany(c => c.Btle?.Services.Values.AsEnumerable() ?? [])
            .SelectMany(map => map.Keys)
            .Distinct();
        var hardware = MemoryHardware.Create(name, [.. endpoints]);
        prepare?.Invoke(hardware);
        var identifier = await protocol.IdentifyAsync(hardware, CancellationToken.None);
        var model = protocol.Definition.Resolve(identifier);
        var handler = protocol.CreateHandler(new ProtocolDevice(hardware, model, logger ?? NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        return new TestDevice(hardware, handler, model);
    }

    /// <summary>The scalar step the host sends for a legacy float: ceil(max · x).</summary>
    public int Scalar(int featureIndex, OutputType type, double x) => (int)Math.Ceiling(Max(featureIndex, type) * x);

    /// <summary>The position step the host sends for a legacy float: trunc(max · x).</summary>
    public int Linear(int featureIndex, double x) => (int)Math.Truncate(Max(featureIndex, OutputType.HwPositionWithDuration) * x);

    /// <summary>The translation of a vibrate command given as legacy floats (feature index, speed).</summary>
    public IReadOnlyList<HardwareCommand> Vibrate(params (int Index, double Speed)[] speeds) =>
        Handler.HandleOutputs([.. speeds.Select(s => new OutputCommand(s.Index, OutputType.Vibrate, Scalar(s.Index, OutputType.Vibrate, s.Speed)))]);

    /// <summary>The translation of a linear move given as a legacy float position and a duration.</summary>
    public IReadOnlyList<HardwareCommand> Linear(int featureIndex, double position, uint durationMs) =>
        Handler.HandleOutputs([new OutputCommand(featureIndex, OutputType.HwPositionWithDuration, Linear(featureIndex, position), durationMs)]);

    /// <summary>Every write the device received so far, as commands.</summary>
    public IReadOnlyList<HardwareCommand> Written() =>
        [.. Hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write).Select(o => HardwareCommand.Write(o.Endpoint!, o.Data!, o.WithResponse))];

    private int Max(int featureIndex, OutputType type) =>
        Model.Features.Single(f => f.Index == featureIndex).Output![type].Value.Max;

    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    public static HardwareCommand TxWithResponse(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
