using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins;

/// <summary>
/// Whether a transport plugin that is on waits for the first scan to load, decided from its data: its
/// manifest says <c>"loadWhen": "scan"</c>, none of its <see cref="PluginManifest.LoadAtStartWith"/> keys
/// is set, and <c>Plugins:LoadOnDemand</c> is not false. Such a bus finds devices only while a client
/// scans (and later watches for those it connected), so an idle server needs none of its code: Bluetooth
/// LE with its D-Bus library, HID, serial. A scan waits for it to load and start.
/// </summary>
internal static class ScanTimeLoad
{
    public const string OnScan = "scan";

    /// <summary>True when <paramref name="data"/>'s plugin loads at the first scan rather than at start.</summary>
    public static bool Waits(PluginData data, IConfiguration configuration, bool loadOnDemand) =>
        loadOnDemand
        && data.Manifest is { Kind: "transport" or "mixed" } manifest
        && string.Equals(manifest.LoadWhen, OnScan, StringComparison.OrdinalIgnoreCase)
        && !(manifest.LoadAtStartWith ?? []).Any(key => IsSet(configuration.GetSection(key)));

    // A key with a value, or a section with children (an array or object given in a config file).
    private static bool IsSet(IConfigurationSection section) =>
        !string.IsNullOrEmpty(section.Value) || section.GetChildren().Any();
}
