namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>The <c>BluetoothLE</c> configuration section.</summary>
public sealed class BluetoothLEOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "BluetoothLE";

    /// <summary>Whether the transport runs at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>OS stack: empty or <c>auto</c> for this system's (BlueZ on Linux, WinRT on Windows), or <c>BlueZ</c> / <c>WinRT</c>.</summary>
    public string? Backend { get; set; }

    /// <summary>BlueZ: adapter to use, by name (<c>hci0</c>) or address; empty for the first adapter found.</summary>
    public string? Adapter { get; set; }

    /// <summary>BlueZ: D-Bus address of the system bus; empty for <c>DBUS_SYSTEM_BUS_ADDRESS</c> or the standard socket.</summary>
    public string? BusAddress { get; set; }

    /// <summary>How long a connection may take, services resolved included.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 30;

    /// <summary>While Bluetooth is unavailable, how often to check again (changes the OS announces are seen at once).</summary>
    public double RetrySeconds { get; set; } = 5;
}
