namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>BlueZ's bus name and the interfaces this transport uses (BlueZ 5 D-Bus API).</summary>
internal static class BlueZ
{
    public const string Service = "org.bluez";
    public const string Adapter = "org.bluez.Adapter1";
    public const string Device = "org.bluez.Device1";
    public const string GattService = "org.bluez.GattService1";
    public const string GattCharacteristic = "org.bluez.GattCharacteristic1";
}
