using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Sdk.Testing;

/// <summary>
/// A protocol handler connected to a <see cref="MemoryHardware"/> the way the host connects one:
/// identify, resolve the model, create the handler, initialise it. For protocol tests: translate
/// outputs (<see cref="Translate"/>), or carry them out on the hardware (<see cref="SendAsync"/>) and
/// inspect what it received (<see cref="RecordedWrites"/>).
/// </summary>
/// <example>
/// <code>
/// await using var device = await ProtocolTestDevice.ConnectAsync(new MyProtocol(), "MyToy",
///     prepare: hw => hw.SetReadValue(Endpoints.RxBleModel, [0x01]));
/// Assert.Equal([HardwareCommand.Write(Endpoints.Tx, [0x01, 0x32])], device.Vibrate((0, 0.5)));
/// </code>
/// </example>
public sealed class ProtocolTestDevice : IAsyncDisposable
{
    private ProtocolTestDevice(IProtocol protocol, MemoryHardware hardware, ProtocolDevice device, ProtocolHandler handler)
    {
        Protocol = protocol;
        Hardware = hardware;
        Device = device;
        Handler = handler;
    }

    /// <summary>The protocol under test.</summary>
    public IProtocol Protocol { get; }

    /// <summary>The in-memory device: its recorded operations, scripted replies and read values.</summary>
    public MemoryHardware Hardware { get; }

    /// <summary>The device as the handler sees it (hardware, model, logger).</summary>
    public ProtocolDevice Device { get; }

    /// <summary>The handler the protocol created for the device, already initialised.</summary>
    public ProtocolHandler Handler { get; }

    /// <summary>The model the device resolved to.</summary>
    public ResolvedDeviceConfiguration Model => Device.Configuration;

    /// <summary>
    /// Connects a BLE-like device advertising <paramref name="advertisedName"/>: creates a
    /// <see cref="MemoryHardware"/> with <paramref name="endpoints"/> (by default
    /// <see cref="DefinedEndpoints"/> of the protocol), lets <paramref name="prepare"/> script it, then
    /// identifies, resolves, creates and initialises the handler.
    /// </summary>
    /// <param name="protocol">The protocol under test.</param>
    /// <param name="advertisedName">The device's advertised name (the default identifier).</param>
    /// <param name="prepare">Scripts the hardware (read values, replies) before identification; optional.</param>
    /// <param name="endpoints">The device's endpoints; null for those the protocol's definition maps.</param>
    /// <param name="logger">The device's logger; none by default.</param>
    /// <param name="cancellationToken">Cancels identification and initialisation.</param>
    public static Task<ProtocolTestDevice> ConnectAsync(
        IProtocol protocol,
        string advertisedName,
        Action<MemoryHardware>? prepare = null,
        IEnumerable<string>? endpoints = null,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        var hardware = MemoryHardware.Create(advertisedName, [.. endpoints ?? DefinedEndpoints(protocol.Definition)]);
        prepare?.Invoke(hardware);
        return ConnectAsync(protocol, hardware, logger, cancellationToken);
    }

    /// <summary>Identifies, resolves, creates and initialises a handler on hardware the test built itself.</summary>
    /// <param name="protocol">The protocol under test.</param>
    /// <param name="hardware">The device, already scripted.</param>
    /// <param name="logger">The device's logger; none by default.</param>
    /// <param name="cancellationToken">Cancels identification and initialisation.</param>
    public static Task<ProtocolTestDevice> ConnectAsync(
        IProtocol protocol,
        MemoryHardware hardware,
        ILogger? logger = null,
        CancellationToken cancellationToken = default) =>
        ConnectAsync(protocol, hardware, protocol.Definition, logger, cancellationToken);

    /// <summary>
    /// Like <see cref="ConnectAsync(IProtocol, MemoryHardware, ILogger?, CancellationToken)"/>, but
    /// resolves the model in <paramref name="definition"/> instead of the protocol's own, as a user's
    /// device configuration does (SDK 1.2).
    /// </summary>
    /// <param name="protocol">The protocol under test.</param>
    /// <param name="hardware">The device, already scripted.</param>
    /// <param name="definition">The definition the model is resolved in.</param>
    /// <param name="logger">The device's logger; none by default.</param>
    /// <param name="cancellationToken">Cancels identification and initialisation.</param>
    public static async Task<ProtocolTestDevice> ConnectAsync(
        IProtocol protocol,
        MemoryHardware hardware,
        ProtocolDefinition definition,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        var identifier = await protocol.IdentifyAsync(hardware, cancellationToken);
        var model = definition.Resolve(identifier);
        var device = new ProtocolDevice(hardware, model, logger ?? NullLogger.Instance);
        var handler = protocol.CreateHandler(device);
        await handler.InitializeAsync(cancellationToken);
        return new ProtocolTestDevice(protocol, hardware, device, handler);
    }

    /// <summary>
    /// The endpoint names the Bluetooth LE GATT maps of <paramref name="definition"/> use, in order of
    /// first appearance; <c>tx</c> and <c>rx</c> when it maps none (e.g. serial- or HID-only protocols).
    /// </summary>
    public static IReadOnlyList<string> DefinedEndpoints(ProtocolDefinition definition)
    {
        List<string> endpoints = [.. definition.Communication
            .SelectMany(c => c.Btle?.Services.Values.AsEnumerable() ?? [])
            .SelectMany(map => map.Keys)
            .Distinct()];
        return endpoints.Count > 0 ? endpoints : [Endpoints.Tx, Endpoints.Rx];
    }

    /// <summary>Translates outputs without touching the hardware (<see cref="ProtocolHandler.HandleOutputs"/>).</summary>
    public IReadOnlyList<HardwareCommand> Translate(params OutputCommand[] commands) => Handler.HandleOutputs(commands);

    /// <summary>
    /// Forgets the hardware's recorded operations, translates the outputs, carries the resulting
    /// commands out on the hardware and returns them.
    /// </summary>
    public Task<IReadOnlyList<HardwareCommand>> SendAsync(params OutputCommand[] commands) => ExecuteAsync(Handler.HandleOutputs(commands));

    /// <summary>Like <see cref="SendAsync"/> for the handler's stop commands (<see cref="ProtocolHandler.HandleStop"/>).</summary>
    public Task<IReadOnlyList<HardwareCommand>> StopAsync() => ExecuteAsync(Handler.HandleStop());

    /// <summary>
    /// The writes the hardware recorded, as comparable commands (endpoint, bytes, acknowledgement):
    /// since connecting, or since the last <see cref="SendAsync"/> / <see cref="StopAsync"/>, which
    /// clear the record.
    /// </summary>
    public IReadOnlyList<HardwareCommand> RecordedWrites() =>
        [.. Hardware.Operations
            .Where(o => o.Kind == HardwareOperationKind.Write)
            .Select(o => HardwareCommand.Write(o.Endpoint!, o.Data!, o.WithResponse))];

    /// <summary>
    /// The output command the host sends for a legacy scalar float <paramref name="value"/>
    /// (0…1, or −1…1 for signed outputs): <c>ceil(max · value)</c>, where max is the top of the
    /// feature's range for <paramref name="type"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model has no such feature or output.</exception>
    public OutputCommand LegacyScalar(int featureIndex, OutputType type, double value) =>
        new(featureIndex, type, (int)Math.Ceiling(MaxOf(featureIndex, type) * value));

    /// <summary>
    /// The output command the host sends for a legacy linear move to <paramref name="position"/> (0…1)
    /// over <paramref name="durationMs"/>: <see cref="OutputType.HwPositionWithDuration"/> at
    /// <c>trunc(max · position)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model has no such feature or output.</exception>
    public OutputCommand LegacyLinear(int featureIndex, double position, uint durationMs) =>
        new(featureIndex, OutputType.HwPositionWithDuration,
            (int)Math.Truncate(MaxOf(featureIndex, OutputType.HwPositionWithDuration) * position), durationMs);

    /// <summary>
    /// The translation of a legacy vibrate message given as floats (feature index, speed 0…1), each
    /// rounded as by <see cref="LegacyScalar"/>. Does not touch the hardware.
    /// </summary>
    public IReadOnlyList<HardwareCommand> Vibrate(params (int FeatureIndex, double Speed)[] speeds) =>
        Handler.HandleOutputs([.. speeds.Select(s => LegacyScalar(s.FeatureIndex, OutputType.Vibrate, s.Speed))]);

    /// <summary>
    /// Every output of every feature of the model at the top and then the bottom of its range (timed
    /// outputs with their longest duration), in feature order: for sweeps that check each model
    /// accepts its whole range.
    /// </summary>
    public IReadOnlyList<OutputCommand> OutputRangeEnds() =>
        [.. from feature in Model.Features
            where feature.Output is not null
            from output in feature.Output!
            from value in new[] { output.Value.Value.Max, output.Value.Value.Min }
            select new OutputCommand(feature.Index, output.Key, value, output.Value.Duration is { } d ? (uint)d.Max : null)];

    /// <summary>Disposes the handler (its timers and background work).</summary>
    public ValueTask DisposeAsync() => Handler.DisposeAsync();

    private async Task<IReadOnlyList<HardwareCommand>> ExecuteAsync(IReadOnlyList<HardwareCommand> commands)
    {
        Hardware.ClearOperations();
        foreach (var command in commands)
            await command.ExecuteAsync(Hardware, CancellationToken.None);
        return commands;
    }

    private int MaxOf(int featureIndex, OutputType type)
    {
        var feature = Model.Features.FirstOrDefault(f => f.Index == featureIndex)
            ?? throw new InvalidOperationException($"{Model.Name} has no feature {featureIndex}.");
        return feature.Output is not null && feature.Output.TryGetValue(type, out var output)
            ? output.Value.Max
            : throw new InvalidOperationException($"{Model.Name} has no {type} on feature {featureIndex}.");
    }
}
