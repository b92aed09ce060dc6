using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>Which advertised services the OS scan may be narrowed to for the loaded protocols.</summary>
internal static class ScanFilter
{
    /// <summary>
    /// The services, only when every BLE specifier names advertised services: a protocol recognised by
    /// name or manufacturer data alone would otherwise never be seen. Empty means "scan for everything".
    /// </summary>
    public static IReadOnlyList<Guid> ServicesFor(IEnumerable<CommunicationSpecifier> specifiers)
    {
        var btle = specifiers.Select(s => s.Btle).OfType<BluetoothLESpecifier>().ToList();
        return btle.Count > 0 && btle.All(b => b.AdvertisedServices.Count > 0)
            ? btle.SelectMany(b => b.AdvertisedServices).Distinct().ToList()
            : [];
    }
}
