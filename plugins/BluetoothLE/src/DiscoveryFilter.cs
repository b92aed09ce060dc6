using ButtplugHost.DBus;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>The argument of Adapter1.SetDiscoveryFilter for the loaded protocols.</summary>
internal static class DiscoveryFilter
{
    /// <summary>
    /// LE only. Service UUIDs narrow the scan only when every BLE specifier names advertised services:
    /// a protocol recognised by name or manufacturer data alone would otherwise never be seen.
    /// </summary>
    public static Dictionary<string, Variant> For(IEnumerable<CommunicationSpecifier> specifiers)
    {
        var filter = new Dictionary<string, Variant> { ["Transport"] = new("s", "le") };
        var btle = specifiers.Select(s => s.Btle).OfType<BluetoothLESpecifier>().ToList();
        if (btle.Count > 0 && btle.All(b => b.AdvertisedServices.Count > 0))
        {
            var uuids = btle.SelectMany(b => b.AdvertisedServices).Distinct().Select(g => g.ToString("D")).ToArray();
            filter["UUIDs"] = new("as", uuids);
        }
        return filter;
    }
}
