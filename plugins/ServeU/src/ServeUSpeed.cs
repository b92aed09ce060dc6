namespace ButtplugHost.Plugins.ServeU;

/// <summary>
/// The ServeU's speed byte for a move: the device takes a speed, not a duration, so the distance
/// (in position units, 0–100) over the duration gives units per second, mapped piecewise onto the
/// byte the toy expects (the reference's scale): up to 50 u/s in steps of 2, up to 750 u/s in steps
/// of 4 from 25, up to 2000 u/s in steps of 25 from 200, and 0xFA (its top speed) beyond.
/// No movement is speed 0.
/// </summary>
internal static class ServeUSpeed
{
    /// <summary>The top speed the toy accepts.</summary>
    public const byte Max = 0xFA;

    /// <summary>The speed byte for moving from <paramref name="from"/> to <paramref name="to"/> in <paramref name="durationMs"/>.</summary>
    public static byte For(int from, int to, uint durationMs)
    {
        // A zero duration divides to infinity (or NaN with no distance), which falls through to Max,
        // as in the reference.
        var unitsPerSecond = Math.Ceiling(Math.Abs(to - from) / (durationMs / 1000.0));
        if (unitsPerSecond <= 0.00001)
            return 0;
        if (unitsPerSecond <= 50)
            return (byte)Math.Ceiling(unitsPerSecond / 2);
        if (unitsPerSecond <= 750)
            return (byte)(Math.Ceiling((unitsPerSecond - 50) / 4) + 25);
        if (unitsPerSecond <= 2000)
            return (byte)(Math.Ceiling((unitsPerSecond - 750) / 25) + 200);
        return Max;
    }
}
