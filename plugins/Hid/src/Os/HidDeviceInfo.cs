namespace ButtplugHost.Plugins.Hid.Os;

/// <summary>A HID device node as the OS lists it, before it is opened.</summary>
/// <param name="Path">What opens it: <c>/dev/hidraw3</c> on Linux, the device interface path on Windows. Unique while plugged in.</param>
/// <param name="VendorId">USB/Bluetooth vendor id.</param>
/// <param name="ProductId">Product id.</param>
/// <param name="Name">Product name (may be empty).</param>
/// <param name="Serial">Serial number, when the device has one (may be empty).</param>
internal sealed record HidDeviceInfo(string Path, ushort VendorId, ushort ProductId, string Name, string Serial);
