namespace ButtplugHost.Sdk.Definitions;

/// <summary>
/// How a protocol's devices are recognised and reached on one kind of bus. Exactly one of the
/// properties is set, as in the definition file: <c>{"btle": {...}}</c>, <c>{"serial": {...}}</c>, …
/// </summary>
public sealed class CommunicationSpecifier
{
    /// <summary>Bluetooth LE: names, advertisement data, and the GATT map.</summary>
    public BluetoothLESpecifier? Btle { get; set; }

    /// <summary>Serial port settings.</summary>
    public SerialSpecifier? Serial { get; set; }

    /// <summary>HID vendor/product ids.</summary>
    public HidSpecifier? Hid { get; set; }

    /// <summary>Network (device WebSocket) identifier.</summary>
    public WebSocketSpecifier? Websocket { get; set; }

    /// <summary>Toys of the Lovense Connect app (<c>{"lovense_connect_service": {"exists": true}}</c>). Added in SDK 1.3.</summary>
    public ExistsSpecifier? LovenseConnectService { get; set; }

    /// <summary>XInput gamepads (<c>{"xinput": {"exists": true}}</c>). Added in SDK 1.3.</summary>
    public ExistsSpecifier? Xinput { get; set; }
}

/// <summary>Recognises BLE devices and maps their GATT characteristics to endpoint names.</summary>
public sealed class BluetoothLESpecifier
{
    /// <summary>Advertised names; a trailing <c>*</c> matches any suffix.</summary>
    public List<string> Names { get; set; } = [];

    /// <summary>Manufacturer data that identifies the device.</summary>
    public List<ManufacturerDataSpecifier> ManufacturerData { get; set; } = [];

    /// <summary>Advertised service UUIDs that identify the device.</summary>
    public List<Guid> AdvertisedServices { get; set; } = [];

    /// <summary>GATT services, each mapping endpoint names to characteristic UUIDs.</summary>
    public Dictionary<Guid, Dictionary<string, Guid>> Services { get; set; } = [];
}

/// <summary>Manufacturer data: a company id and optionally the bytes expected.</summary>
public sealed class ManufacturerDataSpecifier
{
    /// <summary>Bluetooth SIG company identifier.</summary>
    public ushort Company { get; set; }

    /// <summary>Expected bytes; null matches any data of the company.</summary>
    public List<byte>? Data { get; set; }
}

/// <summary>Serial port settings a protocol needs.</summary>
public sealed class SerialSpecifier
{
    /// <summary>Port the user assigned to the protocol, or <c>default</c>.</summary>
    public string Port { get; set; } = "default";

    /// <summary>Baud rate.</summary>
    public int BaudRate { get; set; } = 115200;

    /// <summary>Data bits.</summary>
    public int DataBits { get; set; } = 8;

    /// <summary>Parity: N, E, O, M or S.</summary>
    public string Parity { get; set; } = "N";

    /// <summary>Stop bits: 1 or 2.</summary>
    public int StopBits { get; set; } = 1;
}

/// <summary>HID devices, by vendor and product id.</summary>
public sealed class HidSpecifier
{
    /// <summary>Accepted vendor/product pairs.</summary>
    public List<VendorProductPair> Pairs { get; set; } = [];
}

/// <summary>A USB/HID vendor and product id.</summary>
public sealed class VendorProductPair
{
    /// <summary>Vendor id.</summary>
    public ushort VendorId { get; set; }

    /// <summary>Product id.</summary>
    public ushort ProductId { get; set; }
}

/// <summary>Network devices, by the identifier they send when they connect.</summary>
public sealed class WebSocketSpecifier
{
    /// <summary>The identifier (exact match).</summary>
    public string Name { get; set; } = "";
}

/// <summary>
/// A bus whose transport finds and identifies its devices itself (Lovense Connect, XInput): the
/// specifier only says the protocol serves that bus. Added in SDK 1.3.
/// </summary>
public sealed class ExistsSpecifier
{
    /// <summary>Always true in the reference's files; kept so they round-trip.</summary>
    public bool Exists { get; set; } = true;
}
