using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Zalo;

/// <summary>
/// Drives one Zalo toy. One packet, written with response, carries both motors:
/// <c>[state, motor0, motor1]</c> — state 01 while any motor runs, 02 when both are at 0; a motor
/// at 0 is sent as 01 (the toy's lowest level, off by the state byte or the other motor's speed).
/// </summary>
internal sealed class ZaloHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte Running = 0x01;
    private const byte Stopped = 0x02;
    private readonly byte[] _speeds = new byte[2];
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex < 0 || command.FeatureIndex >= Math.Min(Features.Count, 2))
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _speeds[command.FeatureIndex] = (byte)command.Value;
            _last.Remember(command);
        }
        // The reference sends the whole packet once per changed motor; outputs changing together
        // get the last of those packets, the one that carries every new speed.
        var state = _speeds[0] == 0 && _speeds[1] == 0 ? Stopped : Running;
        return [HardwareCommand.Write(Endpoints.Tx, [state, AtLeastOne(_speeds[0]), AtLeastOne(_speeds[1])], withResponse: true)];
    }

    // As the reference: motors already at 0 get no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    private static byte AtLeastOne(byte speed) => speed == 0 ? (byte)1 : speed;
}
