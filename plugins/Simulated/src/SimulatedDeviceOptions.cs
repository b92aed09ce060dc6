using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>The configuration section <c>Simulated</c>.</summary>
public sealed class SimulatedOptions
{
    /// <summary>Virtual devices, found when a client scans.</summary>
    public List<SimulatedDeviceOptions> Devices { get; set; } = [];

    /// <summary>When set, every hardware operation is appended to this file as one JSON object per line.</summary>
    public string? TraceFile { get; set; }

    /// <summary>
    /// A JSON file <c>{"Devices": [...]}</c> watched while the server runs: a device added to it appears
    /// (as if switched on), a device removed from it vanishes (as if switched off or out of range).
    /// </summary>
    public string? DevicesFile { get; set; }
}

/// <summary>One virtual device, with the identity a real bus would report for it.</summary>
public sealed class SimulatedDeviceOptions
{
    /// <summary>Advertised name (BLE local name, port name, HID product, network identifier).</summary>
    public string Name { get; set; } = "";

    /// <summary>Unique address; defaults to one derived from the name.</summary>
    public string? Address { get; set; }

    /// <summary>The bus the device pretends to be on.</summary>
    public BusKind Bus { get; set; } = BusKind.BluetoothLE;

    /// <summary>Advertised BLE services.</summary>
    public List<Guid> AdvertisedServices { get; set; } = [];

    /// <summary>BLE manufacturer data: company id → hex bytes.</summary>
    public Dictionary<ushort, string> ManufacturerData { get; set; } = [];

    /// <summary>HID vendor id.</summary>
    public ushort? VendorId { get; set; }

    /// <summary>HID product id.</summary>
    public ushort? ProductId { get; set; }

    /// <summary>Endpoints; by default those the matched definition maps.</summary>
    public List<string>? Endpoints { get; set; }

    /// <summary>Scripted answers to writes.</summary>
    public List<SimulatedReplyOptions> Replies { get; set; } = [];

    /// <summary>What reading an endpoint returns: endpoint → text (or <c>hex:</c> bytes).</summary>
    public Dictionary<string, string> Reads { get; set; } = [];

    /// <summary>
    /// A flapping device: when set, it drops the connection this many milliseconds after each connect and,
    /// while not connected, advertises itself again every as many milliseconds (as a toy with a loose
    /// battery or at the edge of range). For testing the host's reconnect back-off.
    /// </summary>
    public int? FlapAfterMs { get; set; }

    /// <summary>
    /// What the device notifies when an endpoint is subscribed: endpoint → one value (text or <c>hex:</c>)
    /// per subscription, in order; the last one repeats.
    /// </summary>
    public Dictionary<string, List<string>> SubscribeNotifications { get; set; } = [];
}

/// <summary>"When <see cref="Endpoint"/> receives bytes starting with <see cref="When"/>, notify <see cref="Reply"/> on <see cref="ReplyEndpoint"/>."</summary>
public sealed class SimulatedReplyOptions
{
    /// <summary>Endpoint written to.</summary>
    public string Endpoint { get; set; } = "tx";

    /// <summary>Prefix the written bytes must start with: text, or <c>hex:0a0b</c>; empty matches any write.</summary>
    public string When { get; set; } = "";

    /// <summary>Endpoint the reply is notified on.</summary>
    public string ReplyEndpoint { get; set; } = "rx";

    /// <summary>The reply: text, or <c>hex:0a0b</c>.</summary>
    public string Reply { get; set; } = "";
}
