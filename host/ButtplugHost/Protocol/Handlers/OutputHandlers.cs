using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>OutputCmd (v4) and the checks every output command goes through.</summary>
internal static class OutputHandlers
{
    private static readonly Dictionary<string, OutputType> TypeNames = new(StringComparer.Ordinal)
    {
        ["Vibrate"] = OutputType.Vibrate, ["vibrate"] = OutputType.Vibrate,
        ["Rotate"] = OutputType.Rotate, ["rotate"] = OutputType.Rotate,
        ["Oscillate"] = OutputType.Oscillate, ["oscillate"] = OutputType.Oscillate,
        ["Constrict"] = OutputType.Constrict, ["constrict"] = OutputType.Constrict,
        ["Temperature"] = OutputType.Temperature, ["temperature"] = OutputType.Temperature,
        ["Led"] = OutputType.Led, ["led"] = OutputType.Led,
        ["Position"] = OutputType.Position, ["position"] = OutputType.Position,
        ["HwPositionWithDuration"] = OutputType.HwPositionWithDuration, ["hw_position_with_duration"] = OutputType.HwPositionWithDuration,
        ["Spray"] = OutputType.Spray, ["spray"] = OutputType.Spray,
    };

    public static ValueTask<Reply> OutputCmd(ClientSession s, IncomingMessage m)
    {
        // The message's shape is checked before the device it names (ERROR_MSG before ERROR_DEVICE).
        var deviceIndex = m.UInt("DeviceIndex");
        var featureIndex = m.UInt("FeatureIndex");
        var command = m.Object("Command");
        var members = command.EnumerateObject();
        if (!members.MoveNext())
            throw ButtplugError.Msg("OutputCmd.Command must have exactly one key, the output type.");
        var (typeName, payload) = (members.Current.Name, members.Current.Value);
        if (members.MoveNext())
            throw ButtplugError.Msg("OutputCmd.Command must have exactly one key, the output type.");
        int value;
        uint? duration = null;
        bool clockwise = true;
        OutputType type;
        if (typeName is "RotateWithDirection" or "RotationWithDirection")
        {
            // Spec alias: direction as a flag instead of a sign.
            type = OutputType.Rotate;
            value = Fields.IntOf(Fields.Get(payload, "Value", "OutputCmd.Command"), "OutputCmd.Command.Value");
            clockwise = Fields.BoolOf(Fields.Get(payload, "Clockwise", "OutputCmd.Command"), "OutputCmd.Command.Clockwise");
            if (value < 0)
                throw ButtplugError.Device("RotateWithDirection.Value must not be negative; use Clockwise for the direction.");
        }
        else
        {
            type = TypeNames.TryGetValue(typeName, out var t) ? t : throw ButtplugError.Msg($"Unknown output type {typeName}.");
            value = Fields.IntOf(Fields.Get(payload, "Value", "OutputCmd.Command"), "OutputCmd.Command.Value");
            if (type == OutputType.HwPositionWithDuration)
                duration = Fields.UIntOf(Fields.Get(payload, "Duration", "OutputCmd.Command"), "OutputCmd.Command.Duration");
        }
        var device = s.Device(deviceIndex);
        var checkedCommand = Check(device, featureIndex, type, clockwise ? value : -value, duration);
        s.Drive(device, [checkedCommand]);
        return ValueTask.FromResult(ServerMessages.Ok(m.Id));
    }

    /// <summary>
    /// Checks a command against the device's features (as the client sees them) and returns it ready
    /// to queue, in device values (the user's output limits applied).
    /// </summary>
    public static OutputCommand Check(ConnectedDevice device, uint featureIndex, OutputType type, int value, uint? duration = null)
    {
        var feature = device.Info.Feature(featureIndex)
            ?? throw ButtplugError.Device($"{device.Info.Name} has no feature {featureIndex} (it has {device.Info.Features.Count}).");
        if (feature.Output is null || !feature.Output.TryGetValue(type, out var properties))
            throw ButtplugError.Device($"Feature {featureIndex} of {device.Info.Name} has no {type} output.");
        if (!properties.Value.Contains(value))
            throw ButtplugError.Device($"{type} value {value} is outside feature {featureIndex}'s range {properties.Value}.");
        if (duration is { } d && properties.Duration is { } range && !range.Contains(d))
            throw ButtplugError.Device($"Duration {d} ms is outside feature {featureIndex}'s range {range}.");
        var command = new OutputCommand(feature.Index, type, value, duration);
        return device.Info.OutputMap?.ToDevice(command) ?? command;
    }
}
