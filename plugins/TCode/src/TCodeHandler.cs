using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TCode;

/// <summary>
/// Turns outputs into TCode v0.3 lines on <c>tx</c>, one write per output. The channel number is the
/// feature index, so a device declares which axis a feature drives by its index:
/// position → <c>L{i}{mag}</c>, position with duration → <c>L{i}{mag}I{ms}</c>,
/// vibrate → <c>V{i}{mag}</c>, rotate → <c>R{i}{mag}</c>.
/// </summary>
internal sealed class TCodeHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        var range = RangeOf(command);
        var line = command.Type switch
        {
            OutputType.Position => $"L{Channel(command)}{TCodeMagnitude.Format(command.Value, range)}\n",
            OutputType.HwPositionWithDuration => command.Duration is { } ms
                ? $"L{Channel(command)}{TCodeMagnitude.Format(command.Value, range)}I{ms.ToString(CultureInfo.InvariantCulture)}\n"
                : $"L{Channel(command)}{TCodeMagnitude.Format(command.Value, range)}\n",
            OutputType.Vibrate => $"V{Channel(command)}{TCodeMagnitude.Format(command.Value, range)}\n",
            // Rotation axes (twist, roll, pitch) rest at their centre: the value moves away from it,
            // both ways for a signed range, one way for an unsigned one. 0 is the centre.
            OutputType.Rotate => $"R{Channel(command)}{TCodeMagnitude.Format(command.Value, Centred(range))}\n",
            _ => throw new ProtocolException($"TCode has no {command.Type} axis (feature {command.FeatureIndex})."),
        };
        return [HardwareCommand.Write(Endpoints.Tx, line)];
    }

    private static char Channel(OutputCommand command) =>
        command.FeatureIndex is >= 0 and <= 9
            ? (char)('0' + command.FeatureIndex)
            : throw new ProtocolException($"TCode channels are 0–9; feature {command.FeatureIndex} cannot be addressed.");

    private ValueRange RangeOf(OutputCommand command) =>
        Features.FirstOrDefault(f => f.Index == command.FeatureIndex)?.Output is { } outputs && outputs.TryGetValue(command.Type, out var props)
            ? props.Value
            : throw new ProtocolException($"{Device.Configuration.Name} has no {command.Type} on feature {command.FeatureIndex}.");

    private static ValueRange Centred(ValueRange range)
    {
        var reach = Math.Max(Math.Abs(range.Min), Math.Abs(range.Max));
        return new ValueRange(-reach, reach);
    }
}
