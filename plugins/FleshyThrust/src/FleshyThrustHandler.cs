using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.FleshyThrust;

/// <summary>
/// Drives one Fleshy Thrust Sync: a move is <c>[position, duration high byte, duration low byte]</c>
/// on <c>tx</c>, without response — position 0–180, duration in milliseconds (only its low 16 bits
/// fit, as in the reference). A stroker has no resting output, so a stop sends nothing.
/// </summary>
internal sealed class FleshyThrustHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.HwPositionWithDuration, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var duration = command.Duration ?? 0;
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)command.Value, (byte)(duration >> 8), (byte)duration])];
    }
}
