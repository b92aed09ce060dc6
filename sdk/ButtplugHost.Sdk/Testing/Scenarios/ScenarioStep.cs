using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>
/// One step after initialisation: exactly one action (a v4 <see cref="Output"/>, a legacy
/// <see cref="Vibrate"/>/<see cref="Rotate"/>/<see cref="Linear"/>/<see cref="Scalar"/> translated as the
/// host's engine does, a <see cref="Stop"/>, an input <see cref="Read"/>/<see cref="Subscribe"/>/<see cref="Unsubscribe"/>,
/// device <see cref="Notify"/>, or <see cref="Advance"/> of the clock), and what the device must
/// receive meanwhile (<see cref="Expect"/>, in order; empty: nothing).
/// </summary>
public sealed class ScenarioStep
{
    /// <summary>A remark shown in failure messages.</summary>
    public string? Note { get; set; }

    /// <summary>v4 OutputCmd: integer values on features. Only values that changed reach the protocol, as in the host.</summary>
    public List<ScenarioOutput>? Output { get; set; }

    /// <summary>v1–v3 VibrateCmd: <c>index</c> counts vibrators, <c>speed</c> 0…1.</summary>
    public List<ScenarioLegacyValue>? Vibrate { get; set; }

    /// <summary>v1–v3 RotateCmd: <c>index</c> counts bidirectional rotators, <c>speed</c> 0…1, <c>clockwise</c>.</summary>
    public List<ScenarioLegacyValue>? Rotate { get; set; }

    /// <summary>v1–v3 LinearCmd: <c>index</c> counts linear features, <c>position</c> 0…1, <c>duration</c> ms.</summary>
    public List<ScenarioLegacyValue>? Linear { get; set; }

    /// <summary>v3 ScalarCmd: <c>index</c> counts scalar actuators, <c>scalar</c> 0…1, <c>actuator</c> type.</summary>
    public List<ScenarioLegacyValue>? Scalar { get; set; }

    /// <summary>StopDeviceCmd / v4 StopCmd: the handler's stop commands.</summary>
    public bool Stop { get; set; }

    /// <summary>v4 InputCmd Read (v2–v3 BatteryLevelCmd, SensorReadCmd); the result must equal <see cref="Value"/>.</summary>
    public ScenarioInput? Read { get; set; }

    /// <summary>v4 InputCmd Subscribe.</summary>
    public ScenarioInput? Subscribe { get; set; }

    /// <summary>v4 InputCmd Unsubscribe.</summary>
    public ScenarioInput? Unsubscribe { get; set; }

    /// <summary>The device sends these; the handler's readings must equal <see cref="Readings"/> when given.</summary>
    public List<ScenarioNotification>? Notify { get; set; }

    /// <summary>Milliseconds to move the fake clock forward (keep-alives, timers).</summary>
    public double? Advance { get; set; }

    /// <summary>For <see cref="Read"/>: the value read.</summary>
    public int? Value { get; set; }

    /// <summary>For <see cref="Notify"/> (and <see cref="Subscribe"/>): the readings the handler must publish, in order.</summary>
    public List<ScenarioReading>? Readings { get; set; }

    /// <summary>What the device must receive during the step, in order; with device replies scripted per write.</summary>
    public List<ScenarioExchange> Expect { get; set; } = [];
}

/// <summary>One v4 output command.</summary>
public sealed class ScenarioOutput
{
    /// <summary>The feature index.</summary>
    public int Feature { get; set; }

    /// <summary>The output type.</summary>
    public OutputType Type { get; set; }

    /// <summary>The value, in the feature's range.</summary>
    public int Value { get; set; }

    /// <summary>Milliseconds, for <see cref="OutputType.HwPositionWithDuration"/>.</summary>
    public uint? Duration { get; set; }
}

/// <summary>One entry of a legacy (v1–v3) output message; which fields apply depends on the message.</summary>
public sealed class ScenarioLegacyValue
{
    /// <summary>The entry's index, counted as the message counts (vibrators, rotators, linear features, scalar actuators).</summary>
    public int Index { get; set; }

    /// <summary>VibrateCmd/RotateCmd speed, 0…1.</summary>
    public double? Speed { get; set; }

    /// <summary>RotateCmd direction.</summary>
    public bool Clockwise { get; set; } = true;

    /// <summary>LinearCmd position, 0…1.</summary>
    public double? Position { get; set; }

    /// <summary>LinearCmd duration in milliseconds.</summary>
    public uint? Duration { get; set; }

    /// <summary>ScalarCmd value, 0…1.</summary>
    public double? Scalar { get; set; }

    /// <summary>ScalarCmd actuator type (<c>Vibrate</c>, <c>Rotate</c>, <c>Oscillate</c>, <c>Constrict</c>, <c>Inflate</c>, <c>Position</c>).</summary>
    public string? Actuator { get; set; }
}

/// <summary>An input of a feature; without a feature, the first feature that has the input.</summary>
public sealed class ScenarioInput
{
    /// <summary>The feature index; null for the first feature with <see cref="Input"/>.</summary>
    public int? Feature { get; set; }

    /// <summary>The input type.</summary>
    public InputType Input { get; set; }
}

/// <summary>A reading the handler must publish.</summary>
public sealed class ScenarioReading
{
    /// <summary>The feature index.</summary>
    public int Feature { get; set; }

    /// <summary>The input type.</summary>
    public InputType Input { get; set; }

    /// <summary>The value.</summary>
    public int Value { get; set; }
}
