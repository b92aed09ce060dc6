using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Galaku;

/// <summary>
/// Drives one Galaku toy. A toy with one motor gets a single-motor packet per command; a toy with two
/// gets one packet carrying both speeds (by feature index), so outputs that change together give one
/// packet with the latest speeds. Every output kind (vibrate, oscillate, constrict, rotate) is a motor
/// speed. Battery: request on <c>tx</c>, answer on <c>rxblebattery</c>.
/// </summary>
internal sealed class GalakuHandler : ProtocolHandler
{
    private readonly byte[] _speeds;
    private readonly bool _pump;
    private readonly TimeSpan _batteryTimeout;
    private readonly LastOutputValues _last = new();
    private bool _batterySubscribed;

    public GalakuHandler(ProtocolDevice device, TimeSpan batteryTimeout) : base(device)
    {
        _speeds = new byte[Features.Count(f => f.Output is { Count: > 0 })];
        _pump = device.Hardware.Identity.Name == GalakuPackets.PumpName;
        _batteryTimeout = batteryTimeout;
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
            Check(command);
        if (_speeds.Length == 1)
        {
            // One motor: each command is its own packet, the last one counts.
            var speed = (byte)Math.Abs(commands[^1].Value);
            _speeds[0] = speed;
            Remember(commands);
            return [HardwareCommand.Write(Endpoints.Tx, _pump ? GalakuPackets.PlainPump(speed) : GalakuPackets.SingleMotor(speed))];
        }
        foreach (var command in commands)
            _speeds[command.FeatureIndex] = (byte)Math.Abs(command.Value);
        Remember(commands);
        return [HardwareCommand.Write(Endpoints.Tx, GalakuPackets.TwoMotors(_speeds[0], _speeds[1]))];
    }

    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        if (type != InputType.Battery || !Features.Any(f => f.Index == featureIndex && f.Input?.ContainsKey(InputType.Battery) == true))
            return await base.ReadInputAsync(featureIndex, type, cancellationToken);
        var hardware = Device.Hardware;
        using var answer = new BatteryAnswer(hardware);
        if (!_batterySubscribed)
        {
            await hardware.SubscribeAsync(Endpoints.RxBleBattery, cancellationToken);
            _batterySubscribed = true;
        }
        await hardware.WriteAsync(Endpoints.Tx, GalakuPackets.BatteryRequest(), withResponse: true, cancellationToken);
        return await answer.WaitAsync(_batteryTimeout, cancellationToken)
            ?? throw new ProtocolException($"{Device.Configuration.Name} did not report its battery within {_batteryTimeout.TotalMilliseconds} ms.");
    }

    private void Remember(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
            _last.Remember(command);
    }

    private void Check(OutputCommand command)
    {
        if (command.Type is not (OutputType.Vibrate or OutputType.Oscillate or OutputType.Constrict or OutputType.Rotate))
            throw new ProtocolException($"{Device.Configuration.Name} cannot {command.Type}.");
        if (_speeds.Length > 2 || (_speeds.Length == 2 && command.FeatureIndex is not (0 or 1)))
            throw new ProtocolException($"{Device.Configuration.Name} has no motor on feature {command.FeatureIndex}.");
        if (_speeds.Length == 0)
            throw new ProtocolException($"{Device.Configuration.Name} has no motor.");
    }
}
