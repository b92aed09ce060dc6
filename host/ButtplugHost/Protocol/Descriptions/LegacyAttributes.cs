using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Protocol.Descriptions;

/// <summary>One entry of a legacy per-feature list (v3 ScalarCmd/RotateCmd/LinearCmd, v1–v2 VibrateCmd…).</summary>
internal sealed record LegacyOutput(FeatureDefinition Feature, OutputType Type, int Steps);

/// <summary>One entry of a v3 sensor list.</summary>
internal sealed record LegacySensor(FeatureDefinition Feature, InputType Type, IReadOnlyList<ValueRange> Ranges);

/// <summary>
/// The legacy (v0–v3) view of a device's features. The position of an entry in each list is the
/// <c>Index</c>/<c>SensorIndex</c> legacy commands use, so the same lists describe the device and
/// resolve commands. Built in ascending feature order.
/// </summary>
internal sealed class LegacyAttributes
{
    // The v3 spec's ActuatorTypes, in the order they are listed within one feature.
    private static readonly OutputType[] ScalarTypes = [OutputType.Vibrate, OutputType.Rotate, OutputType.Oscillate, OutputType.Constrict, OutputType.Position];
    // The v3 spec's SensorTypes.
    private static readonly InputType[] SensorTypes = [InputType.Battery, InputType.Rssi, InputType.Button, InputType.Pressure];

    public List<LegacyOutput> Scalar { get; } = [];
    public List<LegacyOutput> Rotate { get; } = [];
    public List<LegacyOutput> Linear { get; } = [];
    public List<LegacySensor> SensorRead { get; } = [];
    public List<LegacySensor> SensorSubscribe { get; } = [];

    /// <summary>The vibrators, as v1/v2 VibrateCmd and v0 SingleMotorVibrateCmd count them.</summary>
    public List<LegacyOutput> Vibrate => Scalar.Where(s => s.Type == OutputType.Vibrate).ToList();

    public LegacySensor? Battery => SensorRead.FirstOrDefault(s => s.Type == InputType.Battery);

    public LegacySensor? Rssi => SensorRead.FirstOrDefault(s => s.Type == InputType.Rssi);

    public static LegacyAttributes For(DeviceInfo device)
    {
        var result = new LegacyAttributes();
        foreach (var feature in device.Features.OrderBy(f => f.Index))
        {
            if (feature.Output is { } outputs)
            {
                foreach (var type in ScalarTypes)
                {
                    if (outputs.TryGetValue(type, out var p))
                        result.Scalar.Add(new LegacyOutput(feature, type, p.Value.Max));
                }
                if (outputs.TryGetValue(OutputType.Rotate, out var rotate) && rotate.Value.Min < 0)
                    result.Rotate.Add(new LegacyOutput(feature, OutputType.Rotate, rotate.Value.Max));
                if (outputs.TryGetValue(OutputType.HwPositionWithDuration, out var linear))
                    result.Linear.Add(new LegacyOutput(feature, OutputType.HwPositionWithDuration, linear.Value.Max));
            }
            if (feature.Input is { } inputs)
            {
                foreach (var type in SensorTypes)
                {
                    if (!inputs.TryGetValue(type, out var p))
                        continue;
                    if (p.Command.Contains(InputCommandType.Read))
                        result.SensorRead.Add(new LegacySensor(feature, type, p.Value));
                    if (p.Command.Contains(InputCommandType.Subscribe))
                        result.SensorSubscribe.Add(new LegacySensor(feature, type, p.Value));
                }
            }
        }
        return result;
    }

    /// <summary>The v3 ActuatorType name of an output type.</summary>
    public static string ActuatorName(OutputType type) => type.ToString();

    /// <summary>The v3 SensorType name of an input type ("RSSI" in v3).</summary>
    public static string SensorName(InputType type) => type == InputType.Rssi ? "RSSI" : type.ToString();
}
