namespace ButtplugHost.Sdk.Transports;

/// <summary>
/// What a bus tells about a device before connecting to it. The host matches it against the
/// protocols' device definitions; the fields that apply depend on <see cref="Bus"/>.
/// </summary>
public sealed record DeviceIdentity
{
    /// <summary>Name of the transport that found the device.</summary>
    public required string Transport { get; init; }

    /// <summary>The bus kind, which decides the specifiers the device is matched against.</summary>
    public required BusKind Bus { get; init; }

    /// <summary>Address unique on its bus (BLE MAC, port path, hidraw path, …). Stable across reconnects.</summary>
    public required string Address { get; init; }

    /// <summary>Advertised name (BLE local name, serial port name, HID product name, WebSocket identifier).</summary>
    public string Name { get; init; } = "";

    /// <summary>Advertised BLE service UUIDs.</summary>
    public IReadOnlyList<Guid> AdvertisedServices { get; init; } = [];

    /// <summary>BLE manufacturer data, by company id.</summary>
    public IReadOnlyDictionary<ushort, byte[]> ManufacturerData { get; init; } = new Dictionary<ushort, byte[]>();

    /// <summary>Signal strength in dBm, when the bus reports one.</summary>
    public int? Rssi { get; init; }

    /// <summary>USB/HID vendor id.</summary>
    public ushort? VendorId { get; init; }

    /// <summary>USB/HID product id.</summary>
    public ushort? ProductId { get; init; }
}
