using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Foreo;

/// <summary>Vibrate: <c>[01, mode, speed]</c> to <c>tx</c>, written with response.</summary>
internal sealed class ForeoHandler(ProtocolDevice device, byte mode) : ProtocolHandler(device)
{
    private const byte VibrateCommand = 0x01;
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
        command.Type == OutputType.Vibrate
            ? [HardwareCommand.Write(Endpoints.Tx, [VibrateCommand, mode, (byte)command.Value], withResponse: true)]
            : base.HandleOutput(command);
}
