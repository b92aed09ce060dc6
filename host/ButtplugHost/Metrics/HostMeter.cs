using System.Diagnostics.Metrics;

namespace ButtplugHost.Metrics;

/// <summary>
/// The server's counters, as .NET <see cref="Meter"/> instruments: the engine records without
/// knowing who reads them (nobody, unless <see cref="PrometheusExport"/> listens), and recording
/// with no listener costs next to nothing on the hot path.
/// </summary>
internal static class HostMeter
{
    public const string Name = "ButtplugHost";

    private static readonly Meter Meter = new(Name);

    /// <summary>Client messages handled, tagged with the message type.</summary>
    public static readonly Counter<long> Messages = Meter.CreateCounter<long>("messages", description: "Client messages handled, by message type.");

    /// <summary>Error replies sent to clients, tagged with the Buttplug error code.</summary>
    public static readonly Counter<long> Errors = Meter.CreateCounter<long>("errors", description: "Error replies sent to clients, by Buttplug error code.");

    /// <summary>Write batches sent to devices.</summary>
    public static readonly Counter<long> DeviceWrites = Meter.CreateCounter<long>("device_writes", description: "Write batches sent to devices.");

    /// <summary>Output values replaced by a newer one before they were written (coalescing).</summary>
    public static readonly Counter<long> Coalesced = Meter.CreateCounter<long>("coalesced_commands", description: "Output values dropped as stale: replaced by a newer value before they were written.");

    /// <summary>Plugin folders that failed to load.</summary>
    public static readonly Counter<long> PluginLoadFailures = Meter.CreateCounter<long>("plugin_load_failures", description: "Plugin folders that failed to load.");

    public static void Message(string type) => Messages.Add(1, new KeyValuePair<string, object?>("type", type));

    public static void Error(int code) => Errors.Add(1, new KeyValuePair<string, object?>("code", ErrorCodeText(code)));

    // Cached texts: no allocation per error.
    private static readonly string[] CodeTexts = ["0", "1", "2", "3", "4", "5"];

    private static string ErrorCodeText(int code) => (uint)code < CodeTexts.Length ? CodeTexts[code] : code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
