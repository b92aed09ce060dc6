using ButtplugHost.DBus;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>Maps a specifier's endpoint names to the characteristic objects BlueZ resolved for one device.</summary>
internal static class GattEndpointMap
{
    /// <summary>
    /// Endpoint name → characteristic path, for the specifier's services present on the device.
    /// Also returns the service UUIDs found, for error messages.
    /// </summary>
    public static (Dictionary<string, ObjectPath> Endpoints, IReadOnlyList<Guid> ServicesFound) Build(
        IReadOnlyDictionary<ObjectPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, Variant>>> objects,
        ObjectPath device, BluetoothLESpecifier specifier)
    {
        var services = new Dictionary<ObjectPath, Guid>();
        foreach (var (path, interfaces) in objects)
        {
            if (interfaces.TryGetValue(BlueZ.GattService, out var service) && service.Path("Device") == device && service.Uuid("UUID") is { } uuid)
                services[path] = uuid;
        }

        var endpoints = new Dictionary<string, ObjectPath>();
        foreach (var (path, interfaces) in objects.OrderBy(o => o.Key.Value, StringComparer.Ordinal))
        {
            if (!interfaces.TryGetValue(BlueZ.GattCharacteristic, out var characteristic)
                || characteristic.Path("Service") is not { } servicePath
                || !services.TryGetValue(servicePath, out var serviceUuid)
                || !specifier.Services.TryGetValue(serviceUuid, out var wanted)
                || characteristic.Uuid("UUID") is not { } charUuid)
            {
                continue;
            }
            foreach (var (endpoint, uuid) in wanted)
            {
                if (uuid == charUuid)
                    endpoints.TryAdd(endpoint, path);
            }
        }
        return (endpoints, services.Values.Distinct().ToList());
    }
}
