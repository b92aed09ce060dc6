using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Picobong;

/// <summary>
/// Drives one Picobong toy: vibrate is <c>[01, mode, speed]</c> to <c>tx</c>, mode <c>01</c> while it
/// runs and <c>FF</c> (off) at speed 0.
/// </summary>
internal sealed class PicobongHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte VibrateCommand = 0x01;
    private const byte RunMode = 0x01;
    private const byte OffMode = 0xFF;
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

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Vibrate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var speed = (byte)command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, [VibrateCommand, speed == 0 ? OffMode : RunMode, speed])];
    }
}
