namespace ButtplugHost.Sdk.Definitions;

/// <summary>One feature of a device: the outputs it drives and the inputs it reads.</summary>
public sealed class FeatureDefinition
{
    /// <summary>Position of the feature in the device (the v4 FeatureIndex).</summary>
    public int Index { get; set; }

    /// <summary>Human-readable description (e.g. "Vibrator", "Battery Level"); may be empty.</summary>
    public string Description { get; set; } = "";

    /// <summary>Outputs by type, with their value ranges. Null when the feature has none.</summary>
    public Dictionary<OutputType, OutputProperties>? Output { get; set; }

    /// <summary>Inputs by type, with their ranges and allowed commands. Null when the feature has none.</summary>
    public Dictionary<InputType, InputProperties>? Input { get; set; }
}

/// <summary>The range of one output type of a feature.</summary>
public sealed class OutputProperties
{
    /// <summary>Valid values; <c>[0, n]</c>, or <c>[-n, n]</c> for bidirectional outputs.</summary>
    public ValueRange Value { get; set; }

    /// <summary>Valid durations in milliseconds (HwPositionWithDuration only).</summary>
    public ValueRange? Duration { get; set; }
}

/// <summary>The ranges and commands of one input type of a feature.</summary>
public sealed class InputProperties
{
    /// <summary>One range per value in a reading.</summary>
    public List<ValueRange> Value { get; set; } = [];

    /// <summary>What a client may do with the input.</summary>
    public List<InputCommandType> Command { get; set; } = [];
}
