using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>
/// Drives a toy of the per-motor Sexverse protocols (sexverse-v2 to v5): every output is one packet
/// of its own, built by the protocol from the feature index and speed. A stop sends 0 to the outputs
/// not known to be at rest, as the reference does. Optionally a start-up packet is written first and
/// the last packet is repeated whenever the toy hears nothing for a while (sexverse-v3).
/// </summary>
internal sealed class SexverseMotorHandler : ProtocolHandler
{
    private readonly IReadOnlySet<OutputType> _types;
    private readonly Func<int, byte, HardwareWrite> _packet;
    private readonly HardwareWrite? _startUp;
    private readonly KeepAlive? _keepAlive;
    private readonly LastOutputValues _last = new();

    /// <param name="device">The device.</param>
    /// <param name="types">The output types the protocol drives.</param>
    /// <param name="packet">The packet for a feature index and speed.</param>
    /// <param name="startUp">Written once before any command, or null.</param>
    /// <param name="keepAlive">The quiet time after which the last packet is repeated, or null for none.</param>
    /// <param name="time">The keep-alive's clock.</param>
    public SexverseMotorHandler(ProtocolDevice device, IReadOnlySet<OutputType> types, Func<int, byte, HardwareWrite> packet,
        HardwareWrite? startUp = null, TimeSpan? keepAlive = null, TimeProvider? time = null) : base(device)
    {
        _types = types;
        _packet = packet;
        _startUp = startUp;
        if (keepAlive is { } interval)
            _keepAlive = new KeepAlive(device.Hardware, interval, time, device.Logger);
    }

    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        _startUp is null ? Task.CompletedTask : _startUp.ExecuteAsync(Device.Hardware, cancellationToken);

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = base.HandleOutputs(commands);
        return _keepAlive?.Track(result) ?? result;
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        var feature = Features.FirstOrDefault(f => f.Index == command.FeatureIndex);
        if (!_types.Contains(command.Type) || feature?.Output?.ContainsKey(command.Type) != true)
            return base.HandleOutput(command);
        var speed = Math.Abs(command.Value);
        if (speed > byte.MaxValue)
            throw new ProtocolException($"Speed {command.Value} does not fit a Sexverse packet (0-255).");
        _last.Remember(command);
        return [_packet(command.FeatureIndex, (byte)speed)];
    }

    /// <summary>Stops the outputs not already known to be at rest.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    public override async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
            await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }
}
