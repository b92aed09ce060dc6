namespace ButtplugHost.Plugins.Hid.Os.Linux;

/// <summary>
/// Linux hidraw: nodes are listed from <c>/sys/class/hidraw/*/device/uevent</c> (no device is opened to
/// list it) and opened as <c>/dev/hidrawN</c>. The directories are parameters so tests can point them at
/// a fake sysfs tree.
/// </summary>
internal sealed class LinuxHidBus(string sysClassHidraw = LinuxHidBus.SysClassHidraw, string devDirectory = "/dev") : IHidBus
{
    public const string SysClassHidraw = "/sys/class/hidraw";

    public string Name => "hidraw";

    public bool IsSupported(out string reason)
    {
        // No hidraw class yet is not an error: the module may load when the first device is plugged in.
        reason = "";
        return true;
    }

    public IReadOnlyList<HidDeviceInfo> Enumerate()
    {
        var result = new List<HidDeviceInfo>();
        IEnumerable<string> entries;
        try
        {
            entries = Directory.Exists(sysClassHidraw) ? Directory.EnumerateFileSystemEntries(sysClassHidraw).ToList() : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return result;
        }
        foreach (var entry in entries)
        {
            var node = Path.GetFileName(entry);
            string text;
            try
            {
                text = File.ReadAllText(Path.Combine(entry, "device", "uevent"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // unplugged while listing
            }
            if (HidrawUevent.Parse(text) is { } id)
                result.Add(new HidDeviceInfo(Path.Combine(devDirectory, node), id.VendorId, id.ProductId, id.Name, id.Serial));
        }
        return result.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
    }

    public bool CanOpen(HidDeviceInfo device) => Libc.Access(device.Path, Libc.ROk | Libc.WOk) == 0;

    public IHidDevice Open(HidDeviceInfo device) => LinuxHidDevice.Open(device.Path);

    public string AccessAdvice(HidDeviceInfo device) => UdevRule.Advice(device.Path, device.VendorId, device.ProductId);
}
