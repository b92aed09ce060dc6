namespace ButtplugHost.Plugins.KGoal;

/// <summary>
/// One pressure notification of a KGoal Boost on <c>rxpressure</c>: <c>00 01 04</c>, then the
/// normalised reading and the raw reading, each a big-endian 16-bit word (e.g. <c>00 01 04 00 05 05 D3</c>:
/// normalised 5, raw 1491). Longer notifications are read the same way; shorter ones are not readings.
/// </summary>
internal readonly record struct KGoalBoostReading(int Normalized, int Raw)
{
    public const int Length = 7;

    public static bool TryParse(ReadOnlySpan<byte> data, out KGoalBoostReading reading)
    {
        reading = default;
        if (data.Length < Length)
            return false;
        reading = new KGoalBoostReading(data[3] << 8 | data[4], data[5] << 8 | data[6]);
        return true;
    }
}
