namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>A GATT characteristic of a connected device.</summary>
/// <param name="Service">UUID of the service it belongs to.</param>
/// <param name="Uuid">Its own UUID.</param>
/// <param name="Id">The adapter's handle for it (a BlueZ object path, a WinRT attribute handle), unique per device.</param>
internal sealed record BleCharacteristic(Guid Service, Guid Uuid, string Id);
