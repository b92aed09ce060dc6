using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>A vibrator with an air pump (Max): <c>Vibrate:N;</c> and <c>Air:Level:N;</c>.</summary>
internal sealed class MaxHandler(ProtocolDevice device, LovenseOptions options) : LovenseHandler(device, options)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate or OutputType.Oscillate => [LovenseCommands.Vibrate(command.Value)],
        OutputType.Constrict => [LovenseCommands.AirLevel(command.Value)],
        _ => throw Unsupported(command),
    };
}
