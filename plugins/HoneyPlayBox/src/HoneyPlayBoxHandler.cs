using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// Drives one Honey Play Box toy. Every command frame carries all motors (vibrators, oscillators and
/// rotators alike, by feature index) and is signed with the session key from the handshake; each
/// frame takes the next counter. One frame per output command, as the reference sends them.
/// </summary>
internal sealed class HoneyPlayBoxHandler : ProtocolHandler
{
    private readonly object _gate = new();
    private readonly byte[] _strengths;
    private readonly LastOutputValues _last = new();
    private readonly HoneyPlayBoxTimings _timings;
    private readonly TimeProvider _time;
    private byte[]? _key;
    private byte _counter;
    private KeepAlive? _keepAlive;

    public HoneyPlayBoxHandler(ProtocolDevice device, HoneyPlayBoxTimings timings, TimeProvider time) : base(device)
    {
        _strengths = new byte[Features.Count(f => f.Output is { Count: > 0 })];
        _timings = timings;
        _time = time;
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var result = await Handshake.RunAsync(Device.Hardware, _timings.Handshake, _time, Device.Logger, cancellationToken);
        lock (_gate)
        {
            _key = result.Key;
            _counter = result.FramesWritten;
        }
        // The toy runs each command for 6 s only, and every frame needs a new counter: the motors'
        // state is sent again, as a fresh frame, whenever nothing was sent for the interval.
        _keepAlive = new KeepAlive(Device.Hardware, _timings.KeepAlive, _time, Device.Logger);
        _keepAlive.Repeat(() => new HardwareWrite(Endpoints.Tx, NextFrame(), WithResponse: true));
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type is not (OutputType.Vibrate or OutputType.Oscillate or OutputType.Rotate)
            || command.FeatureIndex < 0 || command.FeatureIndex >= _strengths.Length)
            return base.HandleOutput(command);
        var strength = Math.Abs(command.Value);
        if (strength > byte.MaxValue)
            throw new ProtocolException($"Strength {command.Value} does not fit a Honey Play Box frame (0-255).");
        byte[] frame;
        lock (_gate)
        {
            _strengths[command.FeatureIndex] = (byte)strength;
            frame = NextFrame();
        }
        _last.Remember(command);
        // The frame is on its way: the keep-alive counts its quiet time from now.
        _keepAlive?.Touch();
        return [HardwareCommand.Write(Endpoints.Tx, frame, withResponse: true)];
    }

    /// <summary>Stops the outputs not known to be at rest already, one frame each, as the reference does.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        if (type != InputType.Battery || Features.FirstOrDefault(f => f.Index == featureIndex)?.Input?.ContainsKey(InputType.Battery) != true)
            return await base.ReadInputAsync(featureIndex, type, cancellationToken);
        var data = await Device.Hardware.ReadAsync(Endpoints.RxBleBattery, cancellationToken);
        return data.Length > 0 ? data[0] : throw new ProtocolException($"{Device.Configuration.Name} sent an empty battery reading.");
    }

    public override async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
            await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }

    // The frame setting every motor to its current strength, with the next counter.
    private byte[] NextFrame()
    {
        lock (_gate)
        {
            var key = _key ?? throw new InvalidOperationException("The handshake has not completed.");
            _counter++;
            return Frame.Build(Frame.MessageType, Frame.VibrateCommand, MotorPayload.Build(key, _strengths), _counter);
        }
    }
}
