using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// A vibrator with a rotating head (Nora, Ridge). Rotation speed has no sign on the wire; a negative
/// (counter-clockwise) speed is sent as <c>RotateChange;</c> before <c>Rotate:N;</c>, every time, as
/// the reference does — the toy's current direction is not tracked.
/// </summary>
internal sealed class RotateVibratorHandler(ProtocolDevice device, LovenseOptions options) : LovenseHandler(device, options)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate => [LovenseCommands.Vibrate(command.Value)],
        OutputType.Rotate when command.Value < 0 => [LovenseCommands.RotateChange(), LovenseCommands.Rotate(-command.Value)],
        OutputType.Rotate => [LovenseCommands.Rotate(command.Value)],
        _ => throw Unsupported(command),
    };
}
