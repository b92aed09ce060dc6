using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// Toys with several motors driven one by one (Edge, Osci 3, Spinel, …): <c>VibrateK:N;</c> with K the
/// feature index + 1. Each motor gets its own command, even when all share a value (no <c>Vibrate:N;</c>).
/// </summary>
internal sealed class DualActuatorHandler(ProtocolDevice device, LovenseOptions options) : LovenseHandler(device, options)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate or OutputType.Oscillate => [LovenseCommands.VibrateMotor(command.FeatureIndex + 1, command.Value)],
        _ => throw Unsupported(command),
    };
}
