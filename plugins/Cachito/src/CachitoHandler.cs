using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cachito;

/// <summary>
/// Drives one Cachito toy: each vibrator is its own packet <c>[2+i, 1+i, speed, 00]</c> to <c>tx</c>
/// for feature i — the first (0–5) is a pattern-like level, the second (0–100) a speed.
/// </summary>
internal sealed class CachitoHandler(ProtocolDevice device) : ProtocolHandler(device)
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

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1)
            return base.HandleOutput(command);
        var i = (byte)command.FeatureIndex;
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)(2 + i), (byte)(1 + i), (byte)command.Value, 0x00])];
    }
}
