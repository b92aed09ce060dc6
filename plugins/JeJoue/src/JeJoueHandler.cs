using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.JeJoue;

/// <summary>
/// Drives a Je Joue toy: one packet <c>[pattern, speed]</c> on <c>tx</c> carries both motors (0–5).
/// While the first motor runs, pattern 2 at its speed; else, while the second runs, pattern 3 at its
/// speed; both at rest is pattern 1 at 0. (The reference's rule: the toy has a single speed, so the
/// first motor wins when both run.) Outputs that take effect together are one packet.
/// </summary>
internal sealed class JeJoueHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte BothAtRest = 1;
    private const byte FirstMotor = 2;
    private const byte SecondMotor = 3;

    private readonly byte[] _speeds = new byte[2];
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1)
                return base.HandleOutput(command);
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _speeds[command.FeatureIndex] = (byte)command.Value;
            _last.Remember(command);
        }
        byte[] packet = _speeds[0] != 0 ? [FirstMotor, _speeds[0]]
            : _speeds[1] != 0 ? [SecondMotor, _speeds[1]]
            : [BothAtRest, 0];
        return [HardwareCommand.Write(Endpoints.Tx, packet)];
    }

    // Only the motors not already at rest: a stop of a resting toy writes nothing, as with the reference.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
