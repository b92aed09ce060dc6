using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TryFun;

/// <summary>
/// Drives a tryfun toy; every packet is acknowledged on <c>tx</c>. Yuan Series: oscillation
/// <c>AA 02 07 speed check</c>, rotation <c>AA 02 08 speed check</c> (<see cref="TryFunChecksum"/>,
/// count 3). Surge Pro: vibration <c>00 02 00 05 on s 01 off (FD − max(speed, 1))</c>, where a running
/// speed is <c>on</c> = 2, <c>s</c> = speed, <c>off</c> = 0, and speed 0 is 1, 2, 1.
/// </summary>
internal sealed class TryFunHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const int CheckCount = 3;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        var speed = (byte)command.Value;
        return command.Type switch
        {
            OutputType.Oscillate => [Packet(TryFunChecksum.Append([0xAA, 0x02, 0x07, speed], CheckCount))],
            OutputType.Rotate => [Packet(TryFunChecksum.Append([0xAA, 0x02, 0x08, speed], CheckCount))],
            OutputType.Vibrate => [Packet(SurgeVibration(speed))],
            _ => base.HandleOutput(command),
        };
    }

    private static byte[] SurgeVibration(byte speed) => speed == 0
        ? [0x00, 0x02, 0x00, 0x05, 0x01, 0x02, 0x01, 0x01, 0xFC]
        : [0x00, 0x02, 0x00, 0x05, 0x02, speed, 0x01, 0x00, (byte)(0xFD - speed)];

    private static HardwareCommand Packet(byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
