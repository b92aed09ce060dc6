using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Motorbunny;

/// <summary>Drives one Motorbunny: each output is its own packet to <c>tx</c> (<see cref="MotorbunnyPackets"/>).</summary>
internal sealed class MotorbunnyHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = base.HandleOutputs(commands);
        foreach (var command in commands)
            _last.Remember(command);
        return result;
    }

    // As the reference: an output already at 0 gets no second off packet.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate => [HardwareCommand.Write(Endpoints.Tx, MotorbunnyPackets.Vibrate(command.Value))],
        OutputType.Rotate => [HardwareCommand.Write(Endpoints.Tx, MotorbunnyPackets.Rotate(command.Value))],
        _ => base.HandleOutput(command),
    };
}
