namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>What an LE device advertised (or what the OS remembers of it).</summary>
/// <param name="Address">Bluetooth address, <c>AA:BB:CC:DD:EE:FF</c>.</param>
/// <param name="Name">Advertised local name; empty when none.</param>
/// <param name="Rssi">Signal strength in dBm, when known.</param>
/// <param name="Services">Advertised service UUIDs.</param>
/// <param name="ManufacturerData">Manufacturer data by company id.</param>
internal sealed record BleAdvertisement(
    string Address,
    string Name,
    int? Rssi,
    IReadOnlyList<Guid> Services,
    IReadOnlyDictionary<ushort, byte[]> ManufacturerData);
