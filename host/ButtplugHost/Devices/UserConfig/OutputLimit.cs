using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Devices.UserConfig;

/// <summary>
/// One output's user limit, as the reference applies it: the client sees <c>High − Low</c> steps
/// (signed outputs ±that), and a client step <c>s</c> becomes <c>Low + s</c> on the device — 0 stays 0
/// so a stop is a stop. A position goes to <c>Low + s</c>, or <c>High − s</c> when reversed (mirrored).
/// </summary>
/// <param name="Low">Lowest device value a non-zero step reaches.</param>
/// <param name="High">Highest device value.</param>
/// <param name="Reverse">Positions only: mirror within [Low, High].</param>
/// <param name="Duration">Timed positions: the duration sub-range, if limited.</param>
internal sealed record OutputLimit(int Low, int High, bool Reverse, ValueRange? Duration)
{
    public int Steps => High - Low;

    /// <summary>The range the client sees, given the output's own (base) range.</summary>
    public ValueRange ClientRange(ValueRange baseRange) => baseRange.Min < 0 ? new(-Steps, Steps) : new(0, Steps);

    public OutputCommand ToDevice(OutputCommand command)
    {
        int value;
        if (command.Type is OutputType.Position or OutputType.HwPositionWithDuration)
            value = Reverse ? High - command.Value : Low + command.Value;
        else
            value = command.Value == 0 ? 0 : Math.Sign(command.Value) * (Low + Math.Abs(command.Value));
        var duration = command.Duration is { } d && Duration is { } limit ? (uint)(limit.Min + d) : command.Duration;
        return command with { Value = value, Duration = duration };
    }
}

/// <summary>Every limited output of a device, by feature index and output type; others pass unchanged.</summary>
internal sealed class DeviceOutputMap(IReadOnlyDictionary<(int Feature, OutputType Type), OutputLimit> limits)
{
    public static DeviceOutputMap None { get; } = new(new Dictionary<(int, OutputType), OutputLimit>());

    public bool IsEmpty => limits.Count == 0;

    public OutputLimit? Limit(int feature, OutputType type) => limits.GetValueOrDefault((feature, type));

    /// <summary>The device value of a checked client command.</summary>
    public OutputCommand ToDevice(OutputCommand command) =>
        limits.TryGetValue((command.FeatureIndex, command.Type), out var limit) ? limit.ToDevice(command) : command;
}
