namespace ButtplugHost.Plugins.Kiiroo;

/// <summary>
/// Launch-style strokers take a target position and a speed (both 0–99), not a duration. This turns
/// "move from here to there in N ms" into the speed byte, with the curve the reference server uses.
/// </summary>
internal static class LaunchSpeed
{
    /// <summary>The speed byte for a move between two positions (0–99) lasting <paramref name="durationMs"/>.</summary>
    /// <remarks>
    /// Not clamped to 99: very short moves give larger values, as in the reference, and the result
    /// saturates at 255 (no movement gives 0).
    /// </remarks>
    public static byte For(int fromPosition, int toPosition, uint durationMs)
    {
        var distance = Math.Min(Math.Abs(fromPosition - toPosition) / 99.0, 1.0);
        // Speed as a fraction of full speed: 250 · (duration·90 / distance%)^-1.05.
        var fraction = 250.0 * Math.Pow(durationMs * 90.0 / (distance * 100.0), -1.05);
        return Saturate(fraction * 99.0);
    }

    // Float to byte as the reference converts: truncate, NaN → 0, out of range → nearest bound.
    private static byte Saturate(double value) =>
        double.IsNaN(value) || value <= 0 ? (byte)0
        : value >= byte.MaxValue ? byte.MaxValue
        : (byte)value;
}

/// <summary>Remembers the last position sent, so the next move's speed can be worked out.</summary>
internal sealed class LaunchMove
{
    private int _position;

    /// <summary>Records a move to <paramref name="position"/> and returns its speed byte.</summary>
    public byte MoveTo(byte position, uint durationMs)
    {
        var speed = LaunchSpeed.For(_position, position, durationMs);
        _position = position;
        return speed;
    }
}
