using ButtplugHost.DBus;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>Builds the identity the host matches from a Device1 object's properties.</summary>
internal static class DeviceIdentities
{
    /// <summary>The identity, or null when the object has no address.</summary>
    public static DeviceIdentity? From(IReadOnlyDictionary<string, Variant> device) =>
        device.String("Address") is not { } address
            ? null
            : new DeviceIdentity
            {
                Transport = BluetoothLETransport.TransportName,
                Bus = BusKind.BluetoothLE,
                Address = address,
                // Name is what the device advertised; Alias falls back to a made-up "AA-BB-…" that matches nothing.
                Name = device.String("Name") ?? "",
                Rssi = device.Int16("RSSI"),
                AdvertisedServices = device.Uuids("UUIDs"),
                ManufacturerData = device.ManufacturerData(),
            };
}
