using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// What "stopped" means for outputs: every output with a resting value goes to 0. Positions and
/// sprays have none — a stroker stays where it is, a spray is a one-shot — so stopping never moves them.
/// </summary>
public static class OutputStops
{
    /// <summary>True when 0 is the output's resting state (everything but positions and sprays).</summary>
    public static bool HasRestingValue(OutputType type) =>
        type is not (OutputType.Position or OutputType.HwPositionWithDuration or OutputType.Spray);

    /// <summary>The commands that bring a feature's outputs to rest, in output-type order.</summary>
    public static IEnumerable<OutputCommand> For(FeatureDefinition feature) =>
        (feature.Output?.Keys ?? Enumerable.Empty<OutputType>())
            .Order()
            .Where(HasRestingValue)
            .Select(type => new OutputCommand(feature.Index, type, 0));
}
