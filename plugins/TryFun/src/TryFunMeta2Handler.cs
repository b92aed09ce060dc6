using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TryFun;

/// <summary>
/// Drives a Meta 2: each output is <c>id 02 00 05 21 05 function value check</c> on <c>tx</c>
/// without response, function 0B for oscillation, 08 for vibration, 0E for rotation; <c>id</c> counts
/// the packets from 0 (wrapping at 256) and <c>check</c> is <see cref="TryFunChecksum"/> with count 8.
/// </summary>
internal sealed class TryFunMeta2Handler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const int CheckCount = 8;
    private byte _nextId;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        (byte Function, byte Value)? packet = command.Type switch
        {
            OutputType.Oscillate => (0x0B, (byte)command.Value),
            OutputType.Vibrate => (0x08, (byte)command.Value),
            OutputType.Rotate => (0x0E, RotationByte(command.Value)),
            _ => null,
        };
        if (packet is not { } known)
            return base.HandleOutput(command);
        var (function, value) = known;
        return [HardwareCommand.Write(Endpoints.Tx, TryFunChecksum.Append([_nextId++, 0x02, 0x00, 0x05, 0x21, 0x05, function, value], CheckCount))];
    }

    /// <summary>
    /// The Meta 2's rotation byte, a signed byte with the direction flipped: clockwise speeds (0 and
    /// up) become −(speed + 1), counter-clockwise ones their magnitude. 0 (stopped) is therefore FF,
    /// 100 clockwise 9B, 100 counter-clockwise 64.
    /// </summary>
    internal static byte RotationByte(int speed) => unchecked((byte)(sbyte)(speed >= 0 ? -(speed + 1) : -speed));
}
