using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>
/// Whether an advertisement is claimed by any loaded definition's <c>btle</c> rules: exact name, name
/// prefix (<c>LVS-*</c>), manufacturer data, or an advertised service. Only claimed devices go to the
/// host, which then picks the strongest claim; the rules here are the same ones.
/// </summary>
internal static class AdvertisementMatcher
{
    public static bool IsClaimed(BleAdvertisement advertisement, IEnumerable<CommunicationSpecifier> specifiers) =>
        specifiers.Select(s => s.Btle).OfType<BluetoothLESpecifier>().Any(b => Matches(advertisement, b));

    public static bool Matches(BleAdvertisement advertisement, BluetoothLESpecifier specifier)
    {
        var name = advertisement.Name;
        if (name.Length > 0 && specifier.Names.Any(n => n.EndsWith('*') ? name.StartsWith(n[..^1], StringComparison.Ordinal) : n == name))
            return true;
        foreach (var wanted in specifier.ManufacturerData)
        {
            if (advertisement.ManufacturerData.TryGetValue(wanted.Company, out var data) && ManufacturerDataMatches(wanted.Data, data))
                return true;
        }
        return specifier.AdvertisedServices.Any(advertisement.Services.Contains);
    }

    // As the reference: no expected bytes matches any data of the company; otherwise the shorter
    // sequence must occur within the longer one.
    private static bool ManufacturerDataMatches(List<byte>? expected, byte[] actual)
    {
        if (expected is null)
            return true;
        var (needle, haystack) = expected.Count <= actual.Length ? (expected.ToArray(), actual) : (actual, expected.ToArray());
        return haystack.AsSpan().IndexOf(needle) >= 0;
    }
}
