using System.Globalization;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Rest;

/// <summary>
/// The path parameters of an output route, read as the reference reads them: the output type by its
/// message name (<c>Vibrate</c>) or snake-case alias (<c>vibrate</c>), and the level as a fraction
/// that the client turns into steps.
/// </summary>
internal static class OutputLevel
{
    private static readonly Dictionary<string, OutputType> Names = BuildNames();

    private static Dictionary<string, OutputType> BuildNames()
    {
        var names = new Dictionary<string, OutputType>(StringComparer.Ordinal);
        foreach (var type in Enum.GetValues<OutputType>())
        {
            names[type.ToString()] = type;
            names[SnakeCase(type.ToString())] = type;
        }
        return names;
    }

    /// <summary>The output types a level can drive (HwPositionWithDuration also needs a duration).</summary>
    public static IEnumerable<string> LevelTypes => Enum.GetValues<OutputType>().Where(t => t != OutputType.HwPositionWithDuration).Select(t => t.ToString());

    /// <exception cref="RestError">400: not an output type, or one that needs more than a level.</exception>
    public static OutputType ParseType(string text)
    {
        if (!Names.TryGetValue(text, out var type))
            throw RestError.BadRequest($"{text} is not a valid output type. Valid output types are: {string.Join(", ", LevelTypes)}.");
        if (type == OutputType.HwPositionWithDuration)
            throw RestError.BadRequest("HwPositionWithDuration needs a duration as well as a level; it cannot be set with this route.");
        return type;
    }

    /// <exception cref="RestError">400: not a number, or outside -1.0 to 1.0.</exception>
    public static double ParseLevel(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var level) || !double.IsFinite(level))
            throw RestError.BadRequest($"{text} is not a number; the level is a fraction such as 0.5.");
        if (level is < -1.0 or > 1.0)
            throw RestError.BadRequest($"Level {text} is out of range: levels go from 0.0 to 1.0 (-1.0 to 1.0 for outputs with a direction).");
        return level;
    }

    /// <summary>
    /// The level in the feature's steps, as the reference's client computes it: level × the range's
    /// top step, rounded up when positive (so any level above zero moves the output) and down otherwise.
    /// </summary>
    /// <exception cref="RestError">400: the steps fall outside the feature's range (e.g. a negative vibration).</exception>
    public static int ToSteps(double level, ValueRange range, uint device, uint feature, OutputType type)
    {
        var scaled = level * range.Max;
        var steps = (int)(scaled > 0.000001 ? Math.Ceiling(scaled) : Math.Floor(scaled));
        if (steps < range.Min || steps > range.Max)
            throw RestError.BadRequest($"Level {level.ToString(CultureInfo.InvariantCulture)} is out of range for {type} on device {device} feature {feature}: {steps} steps, the feature takes {range.Min} to {range.Max}.");
        return steps;
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
