namespace ButtplugHost.Plugins.Foreo;

/// <summary>
/// The second byte of every Foreo packet. The device families expect different values, and only the
/// advertised name tells them apart: LUNA play smart 2 takes 3, the fofo and UFO families 1, the rest 0.
/// </summary>
public static class ForeoMode
{
    /// <summary>The mode byte for a device advertising <paramref name="name"/> (compared case-insensitively).</summary>
    public static byte FromName(string? name)
    {
        var lower = (name ?? "").ToLowerInvariant();
        if (lower.Contains("smart", StringComparison.Ordinal) && lower.Contains('2', StringComparison.Ordinal))
            return 3;
        if (lower.Contains("fofo", StringComparison.Ordinal) || lower.Contains("ufo", StringComparison.Ordinal))
            return 1;
        return 0;
    }
}
