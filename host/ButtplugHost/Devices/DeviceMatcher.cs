using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Devices;

/// <summary>A protocol that claims a device, with the specifier that matched and how strongly.</summary>
internal sealed record DeviceMatch(IProtocol Protocol, CommunicationSpecifier Specifier, int Score, string Reason);

/// <summary>
/// Decides which protocol serves a device the buses found, from the protocols' communication
/// specifiers (and those added by the user device config). When several protocols claim a device
/// the strongest match wins — an exact name beats a wildcard name (longer prefix first), which beats
/// manufacturer data, which beats an advertised service; a tie goes to the protocol whose name sorts first.
/// </summary>
internal static class DeviceMatcher
{
    public static IReadOnlyList<DeviceMatch> Candidates(DeviceIdentity identity, IEnumerable<(IProtocol Protocol, IEnumerable<CommunicationSpecifier> Specifiers)> protocols)
    {
        var result = new List<DeviceMatch>();
        foreach (var (protocol, specifiers) in protocols)
        {
            DeviceMatch? best = null;
            foreach (var specifier in specifiers)
            {
                var (score, reason) = Score(identity, specifier);
                if (score > 0 && (best is null || score > best.Score))
                    best = new DeviceMatch(protocol, specifier, score, reason);
            }
            if (best is not null)
                result.Add(best);
        }
        return result.OrderByDescending(m => m.Score).ThenBy(m => m.Protocol.Name, StringComparer.Ordinal).ToList();
    }

    private static (int Score, string Reason) Score(DeviceIdentity identity, CommunicationSpecifier specifier) => identity.Bus switch
    {
        BusKind.BluetoothLE when specifier.Btle is { } btle => ScoreBle(identity, btle),
        BusKind.Serial when specifier.Serial is { } serial =>
            serial.Port == identity.Address || serial.Port == identity.Name ? (10_000, $"serial port {serial.Port}") : (0, ""),
        BusKind.Hid when specifier.Hid is { } hid =>
            hid.Pairs.Any(p => p.VendorId == identity.VendorId && p.ProductId == identity.ProductId) ? (10_000, $"HID {identity.VendorId:x4}:{identity.ProductId:x4}") : (0, ""),
        BusKind.WebSocket when specifier.Websocket is { } ws =>
            ws.Name == identity.Name ? (10_000, $"network identifier {ws.Name}") : (0, ""),
        // These buses identify their devices themselves: the specifier only says a protocol serves them.
        BusKind.LovenseConnect when specifier.LovenseConnectService is not null => (10_000, "Lovense Connect toy"),
        BusKind.XInput when specifier.Xinput is not null => (10_000, "XInput gamepad"),
        _ => (0, ""),
    };

    private static (int, string) ScoreBle(DeviceIdentity identity, BluetoothLESpecifier btle)
    {
        if (identity.Name.Length > 0)
        {
            if (btle.Names.Contains(identity.Name))
                return (10_000, $"name {identity.Name}");
            var prefix = btle.Names
                .Where(n => n.EndsWith('*') && identity.Name.StartsWith(n[..^1], StringComparison.Ordinal))
                .MaxBy(n => n.Length);
            if (prefix is not null)
                return (5_000 + prefix.Length, $"name pattern {prefix}");
        }
        foreach (var wanted in btle.ManufacturerData)
        {
            if (identity.ManufacturerData.TryGetValue(wanted.Company, out var data) && ManufacturerDataMatches(wanted.Data, data))
                return (2_000, $"manufacturer data of company {wanted.Company}");
        }
        var service = btle.AdvertisedServices.FirstOrDefault(identity.AdvertisedServices.Contains);
        return service != Guid.Empty ? (1_000, $"advertised service {service}") : (0, "");
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
