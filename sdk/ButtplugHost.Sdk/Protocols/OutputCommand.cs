using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// A generic command for one output of one feature. The host has already checked that the feature
/// has this output and that <paramref name="Value"/> lies in its range.
/// </summary>
/// <param name="FeatureIndex">The feature.</param>
/// <param name="Type">The output type.</param>
/// <param name="Value">The value, in the feature's range for the type (signed for bidirectional outputs).</param>
/// <param name="Duration">Milliseconds, for <see cref="OutputType.HwPositionWithDuration"/>; otherwise null.</param>
public sealed record OutputCommand(int FeatureIndex, OutputType Type, int Value, uint? Duration = null);
