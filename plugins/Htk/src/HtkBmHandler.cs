using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Htk;

/// <summary>
/// Drives an HTK Breast Massager. Each cup is on or off (0–1), and one byte on <c>tx</c> sets both:
/// 11 both on, 12 left only, 13 right only, 15 both off. Outputs that take effect together are one packet.
/// </summary>
internal sealed class HtkBmHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte BothOn = 11;
    private const byte LeftOnly = 12;
    private const byte RightOnly = 13;
    private const byte BothOff = 15;

    private readonly bool[] _on = new bool[2];
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1)
                return base.HandleOutput(command);
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _on[command.FeatureIndex] = command.Value != 0;
            _last.Remember(command);
        }
        var mode = (_on[0], _on[1]) switch
        {
            (true, true) => BothOn,
            (true, false) => LeftOnly,
            (false, true) => RightOnly,
            _ => BothOff,
        };
        return [HardwareCommand.Write(Endpoints.Tx, [mode])];
    }

    // Only the cups not already off: a stop of a resting toy writes nothing, as with the reference.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
