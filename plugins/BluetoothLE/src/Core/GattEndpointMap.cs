using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>Maps a specifier's endpoint names (<c>tx</c>, <c>rx</c>, …) to the characteristics a device offers.</summary>
internal static class GattEndpointMap
{
    /// <summary>Endpoint → characteristic for the specifier's services present on the device, and the service UUIDs found (for errors).</summary>
    public static (Dictionary<string, BleCharacteristic> Endpoints, IReadOnlyList<Guid> ServicesFound) Build(
        IReadOnlyList<BleCharacteristic> characteristics, BluetoothLESpecifier specifier)
    {
        var endpoints = new Dictionary<string, BleCharacteristic>();
        foreach (var characteristic in characteristics.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            if (!specifier.Services.TryGetValue(characteristic.Service, out var wanted))
                continue;
            foreach (var (endpoint, uuid) in wanted)
            {
                if (uuid == characteristic.Uuid)
                    endpoints.TryAdd(endpoint, characteristic);
            }
        }
        return (endpoints, characteristics.Select(c => c.Service).Distinct().ToList());
    }
}
