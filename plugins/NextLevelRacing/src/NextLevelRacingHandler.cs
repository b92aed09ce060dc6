using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.NextLevelRacing;

/// <summary>
/// Drives a Next Level Racing HF8 pad over serial: each motor's speed (0–255) is the ASCII line
/// <c>M&lt;motor&gt;&lt;speed&gt;\r</c> on <c>tx</c> (motor = feature index 0–7, speed in decimal).
/// </summary>
internal sealed class NextLevelRacingHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            return base.HandleOutput(command);
        _last.Remember(command);
        return [HardwareCommand.Write(Endpoints.Tx, string.Create(CultureInfo.InvariantCulture, $"M{command.FeatureIndex}{command.Value}\r"))];
    }

    // Only the motors not already at rest: eight lines for a pad that is still would be noise.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
