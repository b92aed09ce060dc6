using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>
/// Piston: <c>[model, position, speed]</c>. The speed is derived from the distance to the previous
/// target and the requested duration; the device starts at position 0.
/// </summary>
internal sealed class PistonHandler(ProtocolDevice device, VorzeDeviceCode code) : ProtocolHandler(device)
{
    private byte _previousPosition;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.HwPositionWithDuration || command.FeatureIndex != 0)
            return base.HandleOutput(command);
        var position = (byte)command.Value;
        var speed = PistonSpeed.For(Math.Abs(_previousPosition - position), command.Duration ?? 0);
        _previousPosition = position;
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)code, position, speed], withResponse: true)];
    }
}
