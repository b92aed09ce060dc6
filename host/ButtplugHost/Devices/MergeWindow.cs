using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Devices;

/// <summary>
/// How long a device's scheduler holds the first command of a burst so the commands sent with it
/// (a v4 client sends one OutputCmd per motor, in separate frames) are translated into one write.
/// The hold ends early when the client connection has drained the frames it received
/// (<see cref="BurstSignal"/>); stops are never held. docs/configuration.md, "Write scheduling".
/// </summary>
internal static class MergeWindow
{
    /// <summary>The configuration key, in milliseconds (0 = off).</summary>
    public const string Key = "Server:MergeWindowMs";

    /// <summary>Used when the key is absent.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromMilliseconds(2);

    /// <summary>The largest window accepted: an output set to rest by OutputCmd is never held longer.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(1);

    /// <summary>Reads the window; a value out of range is reported in <paramref name="problem"/> and clamped.</summary>
    public static TimeSpan Read(IConfiguration configuration, out string? problem)
    {
        problem = null;
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
            return Default;
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ms) || double.IsNaN(ms))
        {
            problem = $"{Key} must be a number of milliseconds (0 = off); \"{text}\" ignored, using {Default.TotalMilliseconds} ms.";
            return Default;
        }
        if (ms < 0 || ms > Max.TotalMilliseconds)
        {
            var clamped = Math.Clamp(ms, 0, Max.TotalMilliseconds);
            problem = $"{Key} must be between 0 and {Max.TotalMilliseconds} ms; {text} clamped to {clamped} ms.";
            ms = clamped;
        }
        return TimeSpan.FromMilliseconds(ms);
    }
}
