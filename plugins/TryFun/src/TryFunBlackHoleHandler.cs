using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TryFun;

/// <summary>
/// Drives a Black Hole Plus or Rock: each output is <c>id 02 00 03 function speed check</c> on
/// <c>tx</c> without response, function 0C for oscillation and 09 for vibration; <c>id</c> counts the
/// packets from 0 (wrapping at 256) and <c>check</c> is <see cref="TryFunChecksum"/> with count 6.
/// </summary>
internal sealed class TryFunBlackHoleHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const int CheckCount = 6;
    private byte _nextId;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        byte function = command.Type switch
        {
            OutputType.Oscillate => 0x0C,
            OutputType.Vibrate => 0x09,
            _ => 0,
        };
        if (function == 0)
            return base.HandleOutput(command);
        return [HardwareCommand.Write(Endpoints.Tx, TryFunChecksum.Append([_nextId++, 0x02, 0x00, 0x03, function, (byte)command.Value], CheckCount))];
    }
}
