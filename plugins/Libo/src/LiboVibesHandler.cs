using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Libo;

/// <summary>
/// libo-vibes: one byte per write, unacknowledged. The main vibrator (feature 0) takes its speed on
/// <c>tx</c>; the second motor (feature 1, 0-3) on <c>txmode</c>. Stopping the main vibrator also
/// writes 0 to <c>txmode</c>, which single-vibrator toys need to stop.
/// </summary>
internal sealed class LiboVibesHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate || command.FeatureIndex is not (0 or 1))
            return base.HandleOutput(command);
        if (command.Value is < 0 or > byte.MaxValue)
            throw new ProtocolException($"Speed {command.Value} does not fit a Libo packet (0-255).");
        _last.Remember(command);
        var speed = (byte)command.Value;
        if (command.FeatureIndex == 1)
            return [HardwareCommand.Write(Endpoints.TxMode, [speed])];
        return speed == 0
            ? [HardwareCommand.Write(Endpoints.Tx, [0]), HardwareCommand.Write(Endpoints.TxMode, [0])]
            : [HardwareCommand.Write(Endpoints.Tx, [speed])];
    }

    /// <summary>Stops the vibrators not already known to be at rest.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
