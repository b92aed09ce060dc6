using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.IToys;

/// <summary>
/// Drives one iToys toy, a six-byte packet per output to <c>tx</c>: vibrate
/// <c>[A0 01 00 00 speed FF]</c>; oscillate <c>[A0 06 on 00 on speed]</c>, where on is 01 while it
/// runs and 00 at speed 0.
/// </summary>
internal sealed class IToysHandler(ProtocolDevice device) : ProtocolHandler(device)
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

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        var speed = (byte)command.Value;
        var on = (byte)(speed == 0 ? 0x00 : 0x01);
        return command.Type switch
        {
            OutputType.Vibrate => [HardwareCommand.Write(Endpoints.Tx, [0xA0, 0x01, 0x00, 0x00, speed, 0xFF])],
            OutputType.Oscillate => [HardwareCommand.Write(Endpoints.Tx, [0xA0, 0x06, on, 0x00, on, speed])],
            _ => base.HandleOutput(command),
        };
    }
}
