using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>The command styles Lovense toys use; which one a model gets follows from its features.</summary>
internal enum LovenseHandlerKind
{
    /// <summary><see cref="StrokerHandler"/>.</summary>
    Stroker,
    /// <summary><see cref="SingleActuatorHandler"/>.</summary>
    SingleActuator,
    /// <summary><see cref="MaxHandler"/>.</summary>
    Max,
    /// <summary><see cref="RotateVibratorHandler"/>.</summary>
    RotateVibrator,
    /// <summary><see cref="MultiActuatorHandler"/>.</summary>
    MultiActuator,
    /// <summary><see cref="DualActuatorHandler"/>.</summary>
    DualActuator,
}

/// <summary>Chooses the command style of a model (the reference's rule, so user-defined models behave alike).</summary>
internal static class LovenseHandlerSelector
{
    /// <summary>Solace Pro (BA) and Solace (H) are strokers whatever their features.</summary>
    public static bool IsStroker(string? identifier) => identifier is "BA" or "H";

    public static LovenseHandlerKind Select(string? identifier, IReadOnlyList<FeatureDefinition> features)
    {
        var outputs = features.Where(f => f.Output is { Count: > 0 }).Select(f => f.Output!).ToList();
        int Count(OutputType type) => outputs.Count(o => o.ContainsKey(type));
        var motors = outputs.Count(o => o.ContainsKey(OutputType.Vibrate) || o.ContainsKey(OutputType.Oscillate));

        if (IsStroker(identifier))
            return LovenseHandlerKind.Stroker;
        if (outputs.Count == 1)
            return LovenseHandlerKind.SingleActuator;
        if (outputs.Count == 2 && Count(OutputType.Vibrate) == 1 && Count(OutputType.Constrict) == 1)
            return LovenseHandlerKind.Max;
        if (outputs.Count == 2 && Count(OutputType.Vibrate) == 1 && Count(OutputType.Rotate) == 1)
            return LovenseHandlerKind.RotateVibrator;
        // Mply is for toys with more than two motors, or two motors plus something else (Flexer, Lapis).
        if ((motors == 2 && outputs.Count > 2) || motors > 2)
            return LovenseHandlerKind.MultiActuator;
        return LovenseHandlerKind.DualActuator;
    }
}
