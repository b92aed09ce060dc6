using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>
/// Turns a step's output commands into the integer <see cref="OutputCommand"/>s the host's engine
/// passes to a protocol: a legacy index counts entries of one kind in feature order, 0…1 values
/// become steps (scalars round up with values under 1e-6 as 0; linear positions round down), and
/// values outside a feature's range are refused as the engine refuses them.
/// </summary>
internal static class EngineTranslation
{
    // The v3 ActuatorTypes, in the order they are listed within one feature.
    private static readonly OutputType[] ScalarTypes = [OutputType.Vibrate, OutputType.Rotate, OutputType.Oscillate, OutputType.Constrict, OutputType.Position];

    public static List<OutputCommand> Outputs(ScenarioStep step, IReadOnlyList<FeatureDefinition> features, string where)
    {
        var ordered = features.OrderBy(f => f.Index).ToList();
        if (step.Output is { } outputs)
            return [.. outputs.Select((o, i) => Check(ordered, o.Feature, o.Type, o.Value, o.Duration, $"{where} output[{i}]"))];
        var scalars = (from f in ordered
                       from type in ScalarTypes
                       where f.Output?.ContainsKey(type) == true
                       select (Feature: f, Type: type)).ToList();
        if (step.Vibrate is { } vibrate)
        {
            var vibrators = scalars.Where(s => s.Type == OutputType.Vibrate).ToList();
            return [.. vibrate.Select((v, i) =>
            {
                var w = $"{where} vibrate[{i}]";
                var target = Pick(vibrators, v.Index, "vibrators", w);
                return Check(ordered, target.Feature.Index, OutputType.Vibrate, Scalar(Required(v.Speed, "speed", w), Max(target.Feature, OutputType.Vibrate), w), null, w);
            })];
        }
        if (step.Rotate is { } rotate)
        {
            var rotators = ordered.Where(f => f.Output?.TryGetValue(OutputType.Rotate, out var p) == true && p.Value.Min < 0)
                .Select(f => (Feature: f, Type: OutputType.Rotate)).ToList();
            return [.. rotate.Select((r, i) =>
            {
                var w = $"{where} rotate[{i}]";
                var target = Pick(rotators, r.Index, "bidirectional rotators", w);
                var steps = Scalar(Required(r.Speed, "speed", w), Max(target.Feature, OutputType.Rotate), w);
                return Check(ordered, target.Feature.Index, OutputType.Rotate, r.Clockwise ? steps : -steps, null, w);
            })];
        }
        if (step.Linear is { } linear)
        {
            var linears = ordered.Where(f => f.Output?.ContainsKey(OutputType.HwPositionWithDuration) == true)
                .Select(f => (Feature: f, Type: OutputType.HwPositionWithDuration)).ToList();
            return [.. linear.Select((l, i) =>
            {
                var w = $"{where} linear[{i}]";
                var target = Pick(linears, l.Index, "linear features", w);
                var position = Unit(Required(l.Position, "position", w), w);
                var steps = (int)Math.Truncate(Max(target.Feature, OutputType.HwPositionWithDuration) * position);
                return Check(ordered, target.Feature.Index, OutputType.HwPositionWithDuration, steps, Required(l.Duration, "duration", w), w);
            })];
        }
        if (step.Scalar is { } scalar)
        {
            return [.. scalar.Select((s, i) =>
            {
                var w = $"{where} scalar[{i}]";
                var target = Pick(scalars, s.Index, "scalar actuators", w);
                var type = Actuator(s.Actuator, w);
                if (target.Feature.Output?.ContainsKey(type) != true)
                    throw new ScenarioMismatchException($"{w}: feature {target.Feature.Index} (scalar index {s.Index}) has no {type} output.");
                var value = Unit(Required(s.Scalar, "scalar", w), w);
                var max = Max(target.Feature, type);
                var steps = type == OutputType.Position ? (int)Math.Ceiling(max * value) : Scalar(value, max, w);
                return Check(ordered, target.Feature.Index, type, steps, null, w);
            })];
        }
        return [];
    }

    private static int Scalar(double value, int max, string where) =>
        Unit(value, where) < 0.000001 ? 0 : (int)Math.Ceiling(max * value);

    private static double Unit(double value, string where) =>
        double.IsNaN(value) || value < 0 || value > 1
            ? throw new ScenarioFormatException($"{where}: {value} is not between 0.0 and 1.0.")
            : value;

    private static T Required<T>(T? value, string name, string where) where T : struct =>
        value ?? throw new ScenarioFormatException($"{where}: \"{name}\" is missing.");

    private static (FeatureDefinition Feature, OutputType Type) Pick(List<(FeatureDefinition Feature, OutputType Type)> targets, int index, string what, string where) =>
        index >= 0 && index < targets.Count
            ? targets[index]
            : throw new ScenarioMismatchException($"{where}: index {index} is out of range: the model has {targets.Count} {what}.");

    private static int Max(FeatureDefinition feature, OutputType type) => feature.Output![type].Value.Max;

    private static OutputType Actuator(string? name, string where) => name switch
    {
        "Vibrate" => OutputType.Vibrate,
        "Rotate" => OutputType.Rotate,
        "Oscillate" => OutputType.Oscillate,
        "Constrict" or "Inflate" => OutputType.Constrict,
        "Position" => OutputType.Position,
        _ => throw new ScenarioFormatException($"{where}: \"{name}\" is not a v3 actuator type."),
    };

    private static OutputCommand Check(List<FeatureDefinition> features, int featureIndex, OutputType type, int value, uint? duration, string where)
    {
        var feature = features.FirstOrDefault(f => f.Index == featureIndex)
            ?? throw new ScenarioMismatchException($"{where}: the model has no feature {featureIndex}.");
        if (feature.Output is null || !feature.Output.TryGetValue(type, out var properties))
            throw new ScenarioMismatchException($"{where}: feature {featureIndex} has no {type} output.");
        if (!properties.Value.Contains(value))
            throw new ScenarioMismatchException($"{where}: {type} value {value} is outside feature {featureIndex}'s range {properties.Value}.");
        if (duration is { } d && properties.Duration is { } range && !range.Contains(d))
            throw new ScenarioMismatchException($"{where}: duration {d} ms is outside feature {featureIndex}'s range {range}.");
        return new OutputCommand(feature.Index, type, value, duration);
    }
}
