using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>
/// Drives one sexverse-v1 toy. Every packet carries every motor:
/// <c>[23 07 (3 × motors) (80|n, type, speed) … xor]</c>, where n counts the motors from 1, the
/// type is 03 for a vibrator, 04 for a pump or thruster, 06 for a rotator, and the last byte is the
/// XOR of all the others. Motors are the model's outputs in feature order.
/// </summary>
internal sealed class SexverseV1Handler : ProtocolHandler
{
    private const byte Header = 0x23;
    private const byte Command = 0x07;

    private readonly List<(int FeatureIndex, OutputType Type)> _motors;
    private readonly byte[] _speeds;

    public SexverseV1Handler(ProtocolDevice device) : base(device)
    {
        _motors = [.. Features.SelectMany(f => (f.Output?.Keys ?? Enumerable.Empty<OutputType>()).Order().Select(t => (f.Index, t)))];
        _speeds = new byte[_motors.Count];
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var slots = commands.Select(Slot).ToList();
        if (slots.Count == 0)
            return [];
        for (var i = 0; i < slots.Count; i++)
            _speeds[slots[i]] = (byte)Math.Abs(commands[i].Value);
        return [HardwareCommand.Write(Endpoints.Tx, Packet())];
    }

    private int Slot(OutputCommand command)
    {
        var slot = _motors.IndexOf((command.FeatureIndex, command.Type));
        return slot >= 0 && MotorType(command.Type) is not null
            ? slot
            : throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
    }

    private byte[] Packet()
    {
        var packet = new byte[4 + _motors.Count * 3];
        packet[0] = Header;
        packet[1] = Command;
        packet[2] = (byte)(_motors.Count * 3);
        for (var i = 0; i < _motors.Count; i++)
        {
            packet[3 + i * 3] = (byte)(0x80 | (i + 1));
            packet[4 + i * 3] = MotorType(_motors[i].Type) ?? 0x03;
            packet[5 + i * 3] = _speeds[i];
        }
        byte xor = 0;
        foreach (var b in packet.AsSpan(0, packet.Length - 1))
            xor ^= b;
        packet[^1] = xor;
        return packet;
    }

    private static byte? MotorType(OutputType type) => type switch
    {
        OutputType.Vibrate => 0x03,
        OutputType.Constrict or OutputType.Oscillate => 0x04,
        OutputType.Rotate => 0x06,
        _ => null,
    };
}
