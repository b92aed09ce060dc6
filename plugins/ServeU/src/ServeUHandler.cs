using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.ServeU;

/// <summary>
/// Drives the ServeU: a move to a position (0–100) over a duration is <c>01 position speed</c> on
/// <c>tx</c> without response, the speed from <see cref="ServeUSpeed"/> for the distance from the last
/// position sent (0 at connection). A stop leaves the stroker where it is (positions have no rest).
/// </summary>
internal sealed class ServeUHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte MoveCommand = 0x01;
    private int _lastPosition;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.HwPositionWithDuration, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var speed = ServeUSpeed.For(_lastPosition, command.Value, command.Duration ?? 0);
        _lastPosition = command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, [MoveCommand, (byte)command.Value, speed])];
    }
}
