using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>Toys with one motor (Hush, Lush, Sex Machine, …): vibration and oscillation are both <c>Vibrate:N;</c>.</summary>
internal sealed class SingleActuatorHandler(ProtocolDevice device, LovenseOptions options) : LovenseHandler(device, options)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate or OutputType.Oscillate => [LovenseCommands.Vibrate(command.Value)],
        _ => throw Unsupported(command),
    };
}
