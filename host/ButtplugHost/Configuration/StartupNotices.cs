using ButtplugHost.Plugins;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Configuration;

/// <summary>
/// One-line notices about flags of the reference's CLI that do nothing here (each says why), and,
/// once plugins are loaded, about buses a <c>--use-*</c> flag asked for that no installed plugin provides.
/// </summary>
internal sealed class StartupNotices(IReadOnlyList<string> ignoredFlags)
{
    /// <summary>Bus sections a --use-* flag can name, with the flag and a readable name.</summary>
    public static readonly (string Section, string Flag, string Bus)[] Buses =
    [
        ("BluetoothLE", "--use-bluetooth-le", "Bluetooth LE"),
        ("Serial", "--use-serial", "serial port"),
        ("DeviceWebSocket", "--use-device-websocket-server", "device WebSocket server"),
        ("Hid", "--use-hid", "HID"),
        ("LovenseDongleSerial", "--use-lovense-dongle-serial", "Lovense dongle (serial)"),
        ("LovenseDongleHid", "--use-lovense-dongle-hid", "Lovense dongle (HID)"),
        ("XInput", "--use-xinput", "XInput gamepad"),
        ("LovenseConnect", "--use-lovense-connect", "Lovense Connect"),
    ];

    public IReadOnlyList<string> IgnoredFlags => ignoredFlags;

    public void LogIgnoredFlags(ILogger logger)
    {
        foreach (var notice in ignoredFlags)
            logger.LogWarning("{Notice}", notice);
    }

    /// <summary>Logs each bus a --use-* flag named that no loaded plugin's transport provides.</summary>
    public static void LogMissingBuses(PluginCatalog catalog, IReadOnlyCollection<string> requested, ILogger logger)
    {
        var transports = catalog.Transports.Select(t => Normalize(t.Name)).ToHashSet(StringComparer.Ordinal);
        // A plugin that loads at the first scan provides the buses of the sections that turn it on.
        transports.UnionWith(catalog.WaitingForScan.SelectMany(PluginSwitch.Sections).Select(Normalize));
        foreach (var (section, flag, bus) in Buses)
        {
            if (!requested.Contains(section) || transports.Contains(Normalize(section)) || Aliases(section).Any(transports.Contains))
                continue;
            logger.LogWarning("{Flag}: the {Bus} bus is not available in this build (no installed plugin provides it)", flag, bus);
        }
    }

    /// <summary>The configuration section of the bus a transport provides (null when none of <see cref="Buses"/>).</summary>
    public static string? SectionOf(string transportName)
    {
        var name = Normalize(transportName);
        foreach (var (section, _, _) in Buses)
        {
            if (Normalize(section) == name || Aliases(section).Contains(name))
                return section;
        }
        return null;
    }

    private static string Normalize(string name) => name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    // Transport names of the built-in buses differ from their section names.
    private static string[] Aliases(string section) => section switch
    {
        "BluetoothLE" => ["btle"],
        "DeviceWebSocket" => ["websocket"],
        _ => [],
    };
}
