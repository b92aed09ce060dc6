using System.Text.Json;
using ButtplugHost.Devices;
using ButtplugHost.Protocol.Descriptions;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Session;

namespace ButtplugHost.Protocol.Handlers;

/// <summary>
/// The output commands of spec v0–v3. Each becomes integer commands on the device's features: the
/// index in a legacy message is a position in the matching <see cref="LegacyAttributes"/> list, and
/// 0.0–1.0 values become steps by <see cref="StepRounding"/>. One Ok answers the whole message.
/// </summary>
internal static class LegacyOutputHandlers
{
    /// <summary>v0–v1: every vibrator at one speed.</summary>
    public static ValueTask<Reply> SingleMotorVibrateCmd(ClientSession s, IncomingMessage m)
    {
        var speed = m.Double("Speed");
        var device = s.Device(m.UInt("DeviceIndex"));
        var vibrators = LegacyAttributes.For(device.Info).Vibrate;
        if (vibrators.Count == 0)
            throw ButtplugError.Device($"{device.Info.Name} has no vibrator.");
        Queue(s, device, vibrators.Select(v => Command(device, v, StepRounding.Scalar(speed, v.Steps, "SingleMotorVibrateCmd.Speed"))));
        return Ok(m);
    }

    /// <summary>v1–v3: per-vibrator speeds; Index counts vibrators.</summary>
    public static ValueTask<Reply> VibrateCmd(ClientSession s, IncomingMessage m)
    {
        _ = m.Array("Speeds"); // shape first: ERROR_MSG before ERROR_DEVICE
        var device = s.Device(m.UInt("DeviceIndex"));
        var vibrators = LegacyAttributes.For(device.Info).Vibrate;
        var commands = Subcommands(m, "Speeds", vibrators, device, (item, target, where) =>
            Command(device, target, StepRounding.Scalar(Fields.DoubleOf(Fields.Get(item, "Speed", where), where + ".Speed"), target.Steps, where + ".Speed")));
        Queue(s, device, commands);
        return Ok(m);
    }

    /// <summary>v1–v3: bidirectional rotators; Clockwise gives the sign.</summary>
    public static ValueTask<Reply> RotateCmd(ClientSession s, IncomingMessage m)
    {
        _ = m.Array("Rotations"); // shape first: ERROR_MSG before ERROR_DEVICE
        var device = s.Device(m.UInt("DeviceIndex"));
        var rotators = LegacyAttributes.For(device.Info).Rotate;
        var commands = Subcommands(m, "Rotations", rotators, device, (item, target, where) =>
        {
            var steps = StepRounding.Scalar(Fields.DoubleOf(Fields.Get(item, "Speed", where), where + ".Speed"), target.Steps, where + ".Speed");
            var clockwise = Fields.BoolOf(Fields.Get(item, "Clockwise", where), where + ".Clockwise");
            return Command(device, target, clockwise ? steps : -steps);
        });
        Queue(s, device, commands);
        return Ok(m);
    }

    /// <summary>v1–v3: linear movement to a position over a duration (positions round down).</summary>
    public static ValueTask<Reply> LinearCmd(ClientSession s, IncomingMessage m)
    {
        _ = m.Array("Vectors"); // shape first: ERROR_MSG before ERROR_DEVICE
        var device = s.Device(m.UInt("DeviceIndex"));
        var linears = LegacyAttributes.For(device.Info).Linear;
        var commands = Subcommands(m, "Vectors", linears, device, (item, target, where) =>
        {
            var position = Fields.DoubleOf(Fields.Get(item, "Position", where), where + ".Position");
            var duration = Fields.UIntOf(Fields.Get(item, "Duration", where), where + ".Duration");
            s.LastLinearPosition[device.Info.Index] = position;
            return Command(device, target, StepRounding.Linear(position, target.Steps, where + ".Position"), duration);
        });
        Queue(s, device, commands);
        return Ok(m);
    }

    /// <summary>v3: Index is a position in the ScalarCmd list; ActuatorType must be an output of that feature.</summary>
    public static ValueTask<Reply> ScalarCmd(ClientSession s, IncomingMessage m)
    {
        _ = m.Array("Scalars"); // shape first: ERROR_MSG before ERROR_DEVICE
        var device = s.Device(m.UInt("DeviceIndex"));
        var scalars = LegacyAttributes.For(device.Info).Scalar;
        var commands = Subcommands(m, "Scalars", scalars, device, (item, target, where) =>
        {
            var actuator = Fields.StringOf(Fields.Get(item, "ActuatorType", where), where + ".ActuatorType");
            var type = ActuatorType(actuator, where);
            var value = Fields.DoubleOf(Fields.Get(item, "Scalar", where), where + ".Scalar");
            if (double.IsNaN(value) || value < 0 || value > 1)
                throw ButtplugError.Device($"{where}.Scalar must be between 0.0 and 1.0; got {value}.");
            var properties = target.Feature.Output?.GetValueOrDefault(type)
                ?? throw ButtplugError.Device($"{where}: feature {target.Feature.Index} of {device.Info.Name} has no {actuator} actuator.");
            var steps = type == OutputType.Position
                ? StepRounding.Position(value, properties.Value.Max, where + ".Scalar")
                : StepRounding.Scalar(value, properties.Value.Max, where + ".Scalar");
            return Command(device, target with { Type = type, Steps = properties.Value.Max }, steps);
        });
        Queue(s, device, commands);
        return Ok(m);
    }

    /// <summary>v0–v1 Fleshlight Launch: position and speed 0–99 become a position with a duration.</summary>
    public static ValueTask<Reply> FleshlightLaunchFW12Cmd(ClientSession s, IncomingMessage m)
    {
        var position = m.UInt("Position");
        var speed = m.UInt("Speed");
        var device = s.Device(m.UInt("DeviceIndex"));
        if (position > 99 || speed > 99)
            throw ButtplugError.Device("FleshlightLaunchFW12Cmd Position and Speed must be 0 to 99.");
        var linear = LegacyAttributes.For(device.Info).Linear.FirstOrDefault()
            ?? throw ButtplugError.Device($"{device.Info.Name} has no linear actuator.");
        var target = position / 99.0;
        var from = s.LastLinearPosition.GetValueOrDefault(device.Info.Index, 0);
        s.LastLinearPosition[device.Info.Index] = target;
        var duration = LaunchDuration(Math.Abs(target - from), speed / 99.0);
        Queue(s, device, [Command(device, linear, StepRounding.Linear(target, linear.Steps, "FleshlightLaunchFW12Cmd.Position"), duration)]);
        return Ok(m);
    }

    /// <summary>v0–v1 Vorze A10 Cyclone: speed 0–100 and direction on the first rotator.</summary>
    public static ValueTask<Reply> VorzeA10CycloneCmd(ClientSession s, IncomingMessage m)
    {
        var speed = m.UInt("Speed");
        var clockwise = m.Bool("Clockwise");
        var device = s.Device(m.UInt("DeviceIndex"));
        // The spec and schema give 0–100 (the reference's validator stops at 99).
        if (speed > 100)
            throw ButtplugError.Device($"VorzeA10CycloneCmd.Speed must be 0 to 100; got {speed}.");
        var rotator = LegacyAttributes.For(device.Info).Rotate.FirstOrDefault()
            ?? throw ButtplugError.Device($"{device.Info.Name} has no rotator.");
        var steps = StepRounding.Scalar(speed / 100.0, rotator.Steps, "VorzeA10CycloneCmd.Speed");
        Queue(s, device, [Command(device, rotator, clockwise ? steps : -steps)]);
        return Ok(m);
    }

    /// <summary>v0–v1 Kiiroo: a level 0–4, as a position on linear devices or a speed on vibrators.</summary>
    public static ValueTask<Reply> KiirooCmd(ClientSession s, IncomingMessage m)
    {
        var text = m.String("Command");
        var device = s.Device(m.UInt("DeviceIndex"));
        if (!uint.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level))
            throw ButtplugError.Msg($"KiirooCmd.Command must be a number \"0\" to \"4\"; got \"{text}\".");
        if (level > 4)
            throw ButtplugError.Device($"KiirooCmd.Command must be \"0\" to \"4\"; got \"{text}\".");
        var attributes = LegacyAttributes.For(device.Info);
        if (attributes.Linear.FirstOrDefault() is { } linear)
        {
            Queue(s, device, [Command(device, linear, StepRounding.Linear(level / 4.0, linear.Steps, "KiirooCmd"), 500)]);
        }
        else if (attributes.Vibrate.Count > 0)
        {
            Queue(s, device, attributes.Vibrate.Select(v => Command(device, v, StepRounding.Scalar(level / 4.0, v.Steps, "KiirooCmd"))));
        }
        else
        {
            throw ButtplugError.Device($"{device.Info.Name} has neither a linear actuator nor a vibrator.");
        }
        return Ok(m);
    }

    // The Fleshlight Launch's speed/distance → duration relation (distance and speed as 0–1 fractions).
    internal static uint LaunchDuration(double distance, double speed)
    {
        if (distance <= 0 || speed <= 0)
            return 0;
        var mil = Math.Pow(Math.Min(speed, 1) / 250, -0.95);
        return (uint)(mil / (90 / (Math.Min(distance, 1) * 100)));
    }

    private static OutputType ActuatorType(string name, string where) => name switch
    {
        "Vibrate" => OutputType.Vibrate,
        "Rotate" => OutputType.Rotate,
        "Oscillate" => OutputType.Oscillate,
        "Constrict" or "Inflate" => OutputType.Constrict,
        "Position" => OutputType.Position,
        _ => throw ButtplugError.Msg($"{where}.ActuatorType {name} is not a v3 actuator type."),
    };

    private static List<OutputCommand> Subcommands(IncomingMessage m, string field, List<LegacyOutput> targets, ConnectedDevice device,
        Func<JsonElement, LegacyOutput, string, OutputCommand> convert)
    {
        var items = m.Array(field);
        if (items.GetArrayLength() == 0)
            throw ButtplugError.Device($"{m.Name}.{field} is empty.");
        if (targets.Count == 0)
            throw ButtplugError.Device($"{device.Info.Name} does not support {m.Name}.");
        var result = new List<OutputCommand>();
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var where = $"{m.Name}.{field}[{i++}]";
            var index = Fields.UIntOf(Fields.Get(item, "Index", where), where + ".Index");
            if (index >= targets.Count)
                throw ButtplugError.Device($"{where}.Index {index} is out of range: {device.Info.Name} has {targets.Count}.");
            result.Add(convert(item, targets[(int)index], where));
        }
        return result;
    }

    private static OutputCommand Command(ConnectedDevice device, LegacyOutput target, int value, uint? duration = null) =>
        OutputHandlers.Check(device, (uint)target.Feature.Index, target.Type, value, duration);

    private static void Queue(ClientSession s, ConnectedDevice device, IEnumerable<OutputCommand> commands) => s.Drive(device, commands.ToList());

    private static ValueTask<Reply> Ok(IncomingMessage m) => ValueTask.FromResult(ServerMessages.Ok(m.Id));
}
