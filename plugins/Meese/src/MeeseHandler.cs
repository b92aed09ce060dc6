using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Meese;

/// <summary>
/// Drives one Meese toy: each vibrator is its own packet <c>[01 80 motor speed]</c> to <c>tx</c>,
/// written with response, where motor is the feature index + 1.
/// </summary>
internal sealed class MeeseHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = base.HandleOutputs(commands);
        foreach (var command in commands)
            _last.Remember(command);
        return result;
    }

    // As the reference: a vibrator already at 0 gets no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command.Type == OutputType.Vibrate && command.FeatureIndex >= 0 && command.FeatureIndex < Features.Count
            ? [HardwareCommand.Write(Endpoints.Tx, [0x01, 0x80, (byte)(command.FeatureIndex + 1), (byte)command.Value], withResponse: true)]
            : base.HandleOutput(command);
}
