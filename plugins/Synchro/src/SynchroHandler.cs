using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Synchro;

/// <summary>
/// Drives a Synchro: each rotation speed (-6–6, clockwise positive) is one packet on <c>tx</c>
/// without response, <c>A1 01 s 77 55</c>, where s is the speed's magnitude with bit 7 set for
/// counter-clockwise; 0 stops it.
/// </summary>
internal sealed class SynchroHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte CounterClockwise = 0x80;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Rotate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var speed = (byte)(Math.Abs(command.Value) | (command.Value < 0 ? CounterClockwise : 0));
        return [HardwareCommand.Write(Endpoints.Tx, [0xA1, 0x01, speed, 0x77, 0x55])];
    }
}
