using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// Timings of the Lovense protocol. The defaults match real toys; tests shorten them.
/// Read from the host configuration section <c>Lovense</c> (e.g. <c>Lovense:IdentifyReplyTimeoutMs</c>).
/// </summary>
public sealed record LovenseOptions
{
    /// <summary>How long to wait for the answer to one <c>DeviceType;</c> before asking again.
    /// Long because old serial adapters answer slowly.</summary>
    public TimeSpan IdentifyReplyTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many times <c>DeviceType;</c> is asked again after the first unanswered try.</summary>
    public int IdentifyRetries { get; init; } = 5;

    /// <summary>How long a battery read waits for the toy's answer before failing.</summary>
    public TimeSpan BatteryReplyTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Interval between two position updates of a stroker moving to a target.</summary>
    public TimeSpan StrokerTick { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads the options from a configuration section; missing or invalid keys keep their defaults.</summary>
    public static LovenseOptions FromConfiguration(IConfiguration section)
    {
        var defaults = new LovenseOptions();
        return new LovenseOptions
        {
            IdentifyReplyTimeout = Milliseconds(section, "IdentifyReplyTimeoutMs") ?? defaults.IdentifyReplyTimeout,
            IdentifyRetries = Integer(section, "IdentifyRetries") ?? defaults.IdentifyRetries,
            BatteryReplyTimeout = Milliseconds(section, "BatteryReplyTimeoutMs") ?? defaults.BatteryReplyTimeout,
            StrokerTick = Milliseconds(section, "StrokerTickMs") ?? defaults.StrokerTick,
        };
    }

    private static int? Integer(IConfiguration section, string key) =>
        int.TryParse(section[key], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Milliseconds(IConfiguration section, string key) =>
        Integer(section, key) is int ms and > 0 ? TimeSpan.FromMilliseconds(ms) : null;
}
