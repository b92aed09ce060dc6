using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Devices.Reconnect;

/// <summary>
/// The <c>Reconnect</c> configuration section: whether devices that went away are reconnected without a
/// client scan, and the back-off that keeps a flapping device from flooding the bus and the clients.
/// docs/configuration.md, "Reconnecting".
/// </summary>
internal sealed record ReconnectOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reconnect";

    /// <summary>Reconnect remembered devices by themselves (per device: <c>user_config.reconnect</c>).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The wait before the second attempt in a row; each further drop-out doubles it.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan BackoffMax { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A device connected at least this long before dropping out starts its back-off afresh.</summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Reads the section; values that are not valid are reported in <paramref name="problems"/> and left at their defaults.</summary>
    public static ReconnectOptions Read(IConfiguration configuration, List<string> problems)
    {
        var section = configuration.GetSection(Section);
        var defaults = new ReconnectOptions();
        var enabled = defaults.Enabled;
        if (section["Enabled"] is { Length: > 0 } text && !bool.TryParse(text, out enabled))
        {
            problems.Add($"{Section}:Enabled must be true or false; \"{text}\" ignored, reconnecting is on.");
            enabled = true;
        }
        var backoff = Milliseconds(section, "BackoffMs", defaults.Backoff, problems);
        var max = Milliseconds(section, "BackoffMaxMs", defaults.BackoffMax, problems);
        if (max < backoff)
        {
            problems.Add($"{Section}:BackoffMaxMs ({max.TotalMilliseconds}) is below {Section}:BackoffMs ({backoff.TotalMilliseconds}); using {backoff.TotalMilliseconds}.");
            max = backoff;
        }
        return new ReconnectOptions
        {
            Enabled = enabled,
            Backoff = backoff,
            BackoffMax = max,
            StableAfter = Milliseconds(section, "StableAfterMs", defaults.StableAfter, problems),
        };
    }

    /// <summary>
    /// How long to wait before the next attempt after <paramref name="dropsInARow"/> drop-outs or failed
    /// attempts in a row: none after the first (a toy switched off and on comes back at once), then
    /// <see cref="Backoff"/>, doubled each time, at most <see cref="BackoffMax"/>.
    /// </summary>
    public TimeSpan DelayAfter(int dropsInARow)
    {
        if (dropsInARow <= 1)
            return TimeSpan.Zero;
        var factor = Math.Pow(2, Math.Min(dropsInARow - 2, 30));
        var ms = Math.Min(Backoff.TotalMilliseconds * factor, BackoffMax.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ms);
    }

    private static TimeSpan Milliseconds(IConfigurationSection section, string key, TimeSpan fallback, List<string> problems)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0 && ms <= TimeSpan.FromDays(1).TotalMilliseconds)
            return TimeSpan.FromMilliseconds(ms);
        problems.Add($"{Section}:{key} must be a number of milliseconds from 0 to 86400000; \"{text}\" ignored, using {fallback.TotalMilliseconds}.");
        return fallback;
    }
}
