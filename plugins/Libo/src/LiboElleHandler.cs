using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Libo;

/// <summary>
/// libo-elle: one byte per write, unacknowledged. The vibrator (feature 0) takes its speed on
/// <c>txmode</c>. A second vibrator (feature 1; no model of the reference defines one, a user's
/// configuration may) takes a packed byte on <c>tx</c>: speeds 1–7 as <c>(speed − 1) &lt;&lt; 4 | 1</c>,
/// above 7 as <c>(speed − 8) &lt;&lt; 4 | 4</c> (the low bits pick the mode), 0 as 0.
/// </summary>
internal sealed class LiboElleHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate || command.FeatureIndex is not (0 or 1)
            || Features.FirstOrDefault(f => f.Index == command.FeatureIndex)?.Output?.ContainsKey(OutputType.Vibrate) != true)
            return base.HandleOutput(command);
        var limit = command.FeatureIndex == 0 ? byte.MaxValue : 23; // (23 - 8) << 4 is the last that fits a byte
        if (command.Value < 0 || command.Value > limit)
            throw new ProtocolException($"Speed {command.Value} does not fit a Libo Elle packet (0-{limit}).");
        _last.Remember(command);
        var speed = (byte)command.Value;
        if (command.FeatureIndex == 0)
            return [HardwareCommand.Write(Endpoints.TxMode, [speed])];
        var packed = speed switch
        {
            0 => 0,
            <= 7 => ((speed - 1) << 4) | 0x01,
            _ => ((speed - 8) << 4) | 0x04,
        };
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)packed])];
    }

    /// <summary>Stops the vibrators not already known to be at rest.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
