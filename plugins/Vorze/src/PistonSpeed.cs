namespace ButtplugHost.Plugins.Vorze;

/// <summary>
/// The Piston takes a speed (0–100), not a duration: this turns "move this far in this many
/// milliseconds" into the speed byte, using the device's measured power curve.
/// </summary>
public static class PistonSpeed
{
    /// <summary>Longest stroke the curve was measured over, in position steps.</summary>
    private const double FullStroke = 200;

    /// <summary>Milliseconds a full stroke takes at speed 1.</summary>
    private const double SlowestFullStrokeMs = 6658;

    private const double CurveExponent = -1.21;

    /// <summary>The speed byte for a move of <paramref name="distance"/> steps in <paramref name="durationMs"/>.</summary>
    public static byte For(double distance, double durationMs)
    {
        if (distance <= 0)
            return 100;
        distance = Math.Min(distance, FullStroke);
        // Scale the duration to what a full stroke would take at the same speed.
        var fullStrokeMs = FullStroke * durationMs / distance;
        var speed = Math.Pow(fullStrokeMs / SlowestFullStrokeMs, CurveExponent);
        return (byte)Math.Clamp(speed, 0, 100);
    }
}
