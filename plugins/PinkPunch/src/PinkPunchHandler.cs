using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.PinkPunch;

/// <summary>Drives one Pink Punch toy: vibrate is <c>[09, speed]</c> to <c>tx</c>, written with response.</summary>
internal sealed class PinkPunchHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte VibrateCommand = 0x09;
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
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [VibrateCommand, (byte)command.Value], withResponse: true)]
            : base.HandleOutput(command);
}
