namespace ButtplugHost.Sdk.Hardware;

/// <summary>
/// Endpoint names shared by transports, device definitions and protocols (the reference server's names).
/// A device exposes some of them; BLE maps each to a GATT characteristic, serial and network buses
/// have only <see cref="Tx"/> and <see cref="Rx"/>.
/// </summary>
public static class Endpoints
{
    /// <summary>Common transmit endpoint.</summary>
    public const string Tx = "tx";
    /// <summary>Common receive endpoint.</summary>
    public const string Rx = "rx";
    /// <summary>Command endpoint, where a device has several.</summary>
    public const string Command = "command";
    /// <summary>Firmware/mode endpoint.</summary>
    public const string Firmware = "firmware";
    /// <summary>Standard BLE battery level characteristic.</summary>
    public const string RxBleBattery = "rxblebattery";
    /// <summary>Standard BLE model characteristic.</summary>
    public const string RxBleModel = "rxblemodel";
    /// <summary>Pressure sensor data.</summary>
    public const string RxPressure = "rxpressure";
    /// <summary>Touch sensor data.</summary>
    public const string RxTouch = "rxtouch";
    /// <summary>Accelerometer data.</summary>
    public const string RxAccel = "rxaccel";
    /// <summary>Mode setting.</summary>
    public const string TxMode = "txmode";
    /// <summary>Shock setting.</summary>
    public const string TxShock = "txshock";
    /// <summary>Vibration setting.</summary>
    public const string TxVibrate = "txvibrate";
    /// <summary>Vendor control.</summary>
    public const string TxVendorControl = "txvendorcontrol";
    /// <summary>Whitelist update.</summary>
    public const string Whitelist = "whitelist";

    /// <summary>Generic endpoint <c>generic0</c> … <c>generic31</c>, for user configurations.</summary>
    public static string Generic(int n) => $"generic{n}";
}
