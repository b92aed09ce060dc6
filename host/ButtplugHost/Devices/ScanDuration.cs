using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Devices;

/// <summary>
/// Ends a client's scan after <c>Server:ScanDurationSeconds</c> (<c>--scan-duration</c>) on buses that
/// would otherwise scan until StopScanning (Bluetooth LE, serial), so apps that wait for
/// ScanningFinished get it. 0 (the default) scans until StopScanning, as the reference does.
/// </summary>
internal sealed class ScanDuration(TimeSpan duration, TimeProvider time) : IDisposable
{
    /// <summary>The configuration key, in seconds.</summary>
    public const string Key = "Server:ScanDurationSeconds";

    private readonly object _gate = new();
    private ITimer? _timer;

    public TimeSpan Duration => duration;

    /// <summary>Reads the duration; a value that is not a number of seconds (0 to 86400) is reported and ignored.</summary>
    public static TimeSpan Read(IConfiguration configuration, out string? problem)
    {
        problem = null;
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
            return TimeSpan.Zero;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= 86400)
            return TimeSpan.FromSeconds(seconds);
        problem = $"{Key} must be a number of seconds from 0 (scan until StopScanning) to 86400; \"{text}\" ignored, scanning until StopScanning.";
        return TimeSpan.Zero;
    }

    /// <summary>A scan started: <paramref name="end"/> runs when the duration has passed (a new scan restarts the count).</summary>
    public void Started(Func<Task> end)
    {
        if (duration <= TimeSpan.Zero)
            return;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = time.CreateTimer(_ => _ = end(), null, duration, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The scan ended (stopped by the client or by every bus): nothing left to end.</summary>
    public void Ended()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    public void Dispose() => Ended();
}
