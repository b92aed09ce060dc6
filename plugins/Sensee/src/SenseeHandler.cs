using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sensee;

/// <summary>
/// sensee (v1): the vibrator's speed in a fixed unacknowledged frame on <c>tx</c>,
/// <c>55 AA F0 01 01 0B 65 F7 01 01 speed</c>. A stop sends speed 0 unless the vibrator is known to be
/// at rest.
/// </summary>
internal sealed class SenseeHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private static readonly byte[] Frame = [0x55, 0xAA, 0xF0, 0x01, 0x01, 0x0B, 0x65, 0xF7, 0x01, 0x01];

    private readonly LastOutputValues _last = new();

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate
            || Features.FirstOrDefault(f => f.Index == command.FeatureIndex)?.Output?.ContainsKey(OutputType.Vibrate) != true)
            return base.HandleOutput(command);
        if (command.Value is < 0 or > byte.MaxValue)
            throw new ProtocolException($"Speed {command.Value} does not fit a Sensee frame (0-255).");
        _last.Remember(command);
        return [HardwareCommand.Write(Endpoints.Tx, [.. Frame, (byte)command.Value])];
    }

    /// <summary>Stops the vibrator unless it is known to be at rest.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
