namespace ButtplugHost.Plugins.Hid.Os.Linux;

/// <summary>hidraw ioctl request numbers (linux/hidraw.h): _IOC(dir, 'H', nr, size).</summary>
internal static class HidrawIoctl
{
    private const uint Write = 1;
    private const uint Read = 2;

    /// <summary>HIDIOCSFEATURE(len): send a feature report, first byte the report id.</summary>
    public static nuint SetFeature(int length) => Ioc(Read | Write, 0x06, length);

    /// <summary>HIDIOCGFEATURE(len): get a feature report.</summary>
    public static nuint GetFeature(int length) => Ioc(Read | Write, 0x07, length);

    private static nuint Ioc(uint direction, uint number, int size) =>
        (direction << 30) | ((uint)size << 16) | ((uint)'H' << 8) | number;
}
