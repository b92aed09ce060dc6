namespace ButtplugHost.Plugins.Hid.Os.Linux;

/// <summary>
/// The udev rule that lets a logged-in user open one device's hidraw node. It matches the HID device's
/// kernel name (<c>0003:0483:5750.0001</c>), so it works over USB and Bluetooth alike. The repository
/// ships the rules for every built-in HID device in <c>packaging/udev/60-buttplughost-hid.rules</c>.
/// </summary>
internal static class UdevRule
{
    public const string ShippedFile = "60-buttplughost-hid.rules";

    public static string For(ushort vendorId, ushort productId) =>
        $"KERNEL==\"hidraw*\", KERNELS==\"*:{vendorId:X4}:{productId:X4}.*\", MODE=\"0660\", TAG+=\"uaccess\"";

    public static string Advice(string path, ushort vendorId, ushort productId) =>
        $"add the udev rule '{For(vendorId, productId)}' to /etc/udev/rules.d/{ShippedFile} " +
        $"(the repository's packaging/udev/{ShippedFile} has every built-in device), run " +
        "'sudo udevadm control --reload && sudo udevadm trigger', and plug the device in again " +
        $"(or, for a quick test, 'sudo chmod a+rw {path}')";
}
