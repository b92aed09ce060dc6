using System.Diagnostics;
using ButtplugHost.Plugins.Hid.Os;
using ButtplugHost.Plugins.Hid.Os.Linux;

namespace ButtplugHost.Plugins.Hid.Tests.Linux;

/// <summary>The Linux layer's parts that run without a HID device: sysfs listing, ioctl numbers, the libc glue on a FIFO.</summary>
public sealed class HidrawTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hidraw-test").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Uevent_gives_vendor_product_name_and_serial()
    {
        var parsed = HidrawUevent.Parse("DRIVER=hid-generic\nHID_ID=0003:00000483:00005750\nHID_NAME=STMicroelectronics Cyclone X10\nHID_PHYS=usb-0000:00:14.0-1/input0\nHID_UNIQ=ABC123\nMODALIAS=hid:b0003g0001v00000483p00005750\n");
        Assert.Equal(((ushort)0x0483, (ushort)0x5750, "STMicroelectronics Cyclone X10", "ABC123"), parsed);
    }

    [Theory]
    [InlineData("HID_NAME=x\n")]
    [InlineData("HID_ID=0003:00000483\n")]
    [InlineData("HID_ID=0003:1FFFFFFFF:00005750\n")]
    [InlineData("HID_ID=0003:zz:00005750\n")]
    public void Uevent_without_a_valid_id_is_skipped(string text) => Assert.Null(HidrawUevent.Parse(text));

    [Fact]
    public void Listing_reads_sysfs_and_names_the_dev_node()
    {
        AddNode("hidraw0", "HID_ID=0005:0000057E:00002006\nHID_NAME=Joy-Con (L)\nHID_UNIQ=98:b6:e9:00:00:01\n");
        AddNode("hidraw1", "HID_ID=0003:00001915:0000520A\nHID_NAME=Nordic Semiconductor ASA Lovense USB\n");
        AddNode("hidraw2", "garbage");
        var bus = new LinuxHidBus(_root, "/dev");
        Assert.Equal(
            [
                new HidDeviceInfo("/dev/hidraw0", 0x057e, 0x2006, "Joy-Con (L)", "98:b6:e9:00:00:01"),
                new HidDeviceInfo("/dev/hidraw1", 0x1915, 0x520a, "Nordic Semiconductor ASA Lovense USB", ""),
            ],
            bus.Enumerate());
    }

    [Fact]
    public void No_hidraw_class_lists_nothing_and_is_still_supported()
    {
        var bus = new LinuxHidBus(Path.Combine(_root, "missing"));
        Assert.Empty(bus.Enumerate());
        Assert.True(bus.IsSupported(out _));
    }

    [Fact]
    public void Feature_ioctl_numbers_follow_linux_hidraw_h()
    {
        Assert.Equal((nuint)0xC0414806, HidrawIoctl.SetFeature(65));
        Assert.Equal((nuint)0xC0024807, HidrawIoctl.GetFeature(2));
    }

    [Fact]
    public void The_udev_rule_matches_the_hid_kernel_name_in_upper_case_hex()
    {
        Assert.Equal("KERNEL==\"hidraw*\", KERNELS==\"*:057E:2006.*\", MODE=\"0660\", TAG+=\"uaccess\"", UdevRule.For(0x057e, 0x2006));
        var shipped = File.ReadAllText(Path.Combine(RepoRoot(), "packaging", "udev", UdevRule.ShippedFile));
        foreach (var (vendor, product) in new (ushort, ushort)[] { (0x0483, 0x5750), (0x057e, 0x2006), (0x057e, 0x2007), (0x057e, 0x2009), (0x1915, 0x520a) })
            Assert.Contains(UdevRule.For(vendor, product), shipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_missing_node_is_not_a_permission_problem()
    {
        var error = Assert.Throws<HidOpenException>(() => LinuxHidDevice.Open(Path.Combine(_root, "hidraw9")));
        Assert.False(error.AccessDenied);
        Assert.Contains("errno 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_reads_and_read_timeouts_go_through_libc()
    {
        if (!OperatingSystem.IsLinux())
            return;
        // A FIFO stands in for the node: what is written comes back, and an empty one times out.
        var fifo = Path.Combine(_root, "fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
            mkfifo.WaitForExit();
        using var device = LinuxHidDevice.Open(fifo);
        var buffer = new byte[64];
        Assert.Equal(0, device.ReadInputReport(buffer, 10));
        device.WriteOutputReport(new byte[] { 0x10, 0x01, 0xA8 });
        Assert.Equal(3, device.ReadInputReport(buffer, 5000));
        Assert.Equal(new byte[] { 0x10, 0x01, 0xA8 }, buffer[..3]);
        Assert.Throws<IOException>(() => device.SendFeatureReport(new byte[] { 0x00, 0x01 }));
        device.Dispose();
        Assert.Throws<IOException>(() => device.WriteOutputReport(new byte[] { 0 }));
    }

    private void AddNode(string node, string uevent)
    {
        var device = Directory.CreateDirectory(Path.Combine(_root, node, "device"));
        File.WriteAllText(Path.Combine(device.FullName, "uevent"), uevent);
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ButtplugHost.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root");
    }
}
