using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sakuraneko;

/// <summary>
/// Drives one Sakuraneko toy. Each output is a twelve-byte packet to <c>tx</c>:
/// <c>[A1 08 01 00 00 00 64 speed 00 64 DF 55]</c> for the vibrator and
/// <c>[A2 08 01 00 00 00 64 speed 00 32 DF 55]</c> for the rotator (Koikoi).
/// </summary>
internal sealed class SakuranekoHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = base.HandleOutputs(commands);
        foreach (var command in commands)
            _last.Remember(command);
        return result;
    }

    // As the reference: an output already at 0 gets no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate => [Packet(0xA1, (byte)command.Value, 0x64)],
        OutputType.Rotate => [Packet(0xA2, (byte)command.Value, 0x32)],
        _ => base.HandleOutput(command),
    };

    private static HardwareCommand Packet(byte function, byte speed, byte tail) =>
        HardwareCommand.Write(Endpoints.Tx, [function, 0x08, 0x01, 0x00, 0x00, 0x00, 0x64, speed, 0x00, tail, 0xDF, 0x55]);
}
