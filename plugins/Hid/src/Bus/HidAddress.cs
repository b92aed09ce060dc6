using System.Globalization;
using ButtplugHost.Plugins.Hid.Os;

namespace ButtplugHost.Plugins.Hid.Bus;

/// <summary>
/// A HID device's address: <c>vvvv:pppp:serial</c> when it has a serial number (stable when it is
/// plugged into another port or the node is renumbered), else the node's path.
/// </summary>
internal static class HidAddress
{
    public static string Of(HidDeviceInfo device) =>
        device.Serial.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{device.VendorId:x4}:{device.ProductId:x4}:{device.Serial}")
            : device.Path;
}
