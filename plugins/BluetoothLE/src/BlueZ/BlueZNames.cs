namespace ButtplugHost.Plugins.BluetoothLE.BlueZ;

/// <summary>BlueZ's bus name and the D-Bus interfaces used (BlueZ 5 D-Bus API).</summary>
internal static class BlueZNames
{
    public const string Service = "org.bluez";
    public const string Adapter = "org.bluez.Adapter1";
    public const string Device = "org.bluez.Device1";
    public const string GattService = "org.bluez.GattService1";
    public const string GattCharacteristic = "org.bluez.GattCharacteristic1";
    public const string ObjectManager = "org.freedesktop.DBus.ObjectManager";
    public const string Properties = "org.freedesktop.DBus.Properties";
    public const string Bus = "org.freedesktop.DBus";
    public const string BusPath = "/org/freedesktop/DBus";
}
