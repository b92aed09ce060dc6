using System.Globalization;

namespace ButtplugHost.Plugins.Hid.Os.Linux;

/// <summary>
/// Reads a hidraw node's identity from its HID device's <c>uevent</c> in sysfs:
/// <c>HID_ID=0003:00000483:00005750</c> (bus:vendor:product, hex), <c>HID_NAME=…</c>, <c>HID_UNIQ=…</c> (serial).
/// </summary>
internal static class HidrawUevent
{
    /// <returns>Vendor, product, name and serial; null when the text has no valid <c>HID_ID</c>.</returns>
    public static (ushort VendorId, ushort ProductId, string Name, string Serial)? Parse(string text)
    {
        ushort? vendor = null, product = null;
        string name = "", serial = "";
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                continue;
            var (key, value) = (line[..eq], line[(eq + 1)..]);
            switch (key)
            {
                case "HID_ID":
                    var parts = value.Split(':');
                    if (parts.Length == 3
                        && uint.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) && v <= ushort.MaxValue
                        && uint.TryParse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var p) && p <= ushort.MaxValue)
                    {
                        vendor = (ushort)v;
                        product = (ushort)p;
                    }
                    break;
                case "HID_NAME":
                    name = value;
                    break;
                case "HID_UNIQ":
                    serial = value;
                    break;
            }
        }
        return vendor is { } vid && product is { } pid ? (vid, pid, name, serial) : null;
    }
}
