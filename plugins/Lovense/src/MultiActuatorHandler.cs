using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// Toys whose motors are all set by one <c>Mply:a:b:c;</c> (Flexer FW3, Lapis). The handler keeps each
/// motor's last value, so a command for one motor resends the others unchanged. Rotation is sent as
/// its speed without direction.
/// </summary>
internal sealed class MultiActuatorHandler : LovenseHandler
{
    private readonly int[] _motorValues;

    /// <param name="device">The toy.</param>
    /// <param name="options">Timings.</param>
    /// <param name="motorCount">Number of output features; motor k is feature k.</param>
    public MultiActuatorHandler(ProtocolDevice device, LovenseOptions options, int motorCount) : base(device, options)
    {
        _motorValues = new int[motorCount];
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        // Check everything first so a rejected batch leaves the kept values untouched.
        foreach (var command in commands)
        {
            if (command.Type is not (OutputType.Vibrate or OutputType.Rotate) || command.FeatureIndex < 0 || command.FeatureIndex >= _motorValues.Length)
                throw Unsupported(command);
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
            _motorValues[command.FeatureIndex] = Math.Abs(command.Value);
        return [LovenseCommands.Mply(_motorValues)];
    }
}
