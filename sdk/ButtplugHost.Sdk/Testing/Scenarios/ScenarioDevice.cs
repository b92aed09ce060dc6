namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>The identity a scenario's device is found with, and its endpoints.</summary>
public sealed class ScenarioDevice
{
    /// <summary>The advertised name (BLE local name, serial port name, …).</summary>
    public string Name { get; set; } = "";

    /// <summary>The address on the bus; a fixed dummy by default.</summary>
    public string Address { get; set; } = "00:00:00:00:00:00";

    /// <summary>BLE manufacturer data: company id (decimal) → hex bytes, e.g. <c>{ "93": "00 00 27 15" }</c>.</summary>
    public Dictionary<string, string>? ManufacturerData { get; set; }

    /// <summary>The device's endpoints; by default those the protocol's BLE definitions map.</summary>
    public List<string>? Endpoints { get; set; }
}
