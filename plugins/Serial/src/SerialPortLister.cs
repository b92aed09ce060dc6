using System.IO.Ports;

namespace ButtplugHost.Plugins.Serial;

/// <summary>
/// Lists serial port paths without opening any: the configured ones that exist, the stable links in
/// <c>/dev/serial/by-id</c>, and what the OS enumerates (<c>/dev/ttyUSB0</c>, <c>COM3</c>, …).
/// A device may appear under two paths (by-id link and node); each is a separate address, and
/// whichever the user assigned to a protocol is the one that gets opened.
/// </summary>
internal sealed class SerialPortLister(IReadOnlyList<string> configuredPorts, string byIdDirectory = SerialPortLister.ByIdDirectory, Func<IEnumerable<string>>? portNames = null)
{
    public const string ByIdDirectory = "/dev/serial/by-id";

    private readonly Func<IEnumerable<string>> _portNames = portNames ?? SerialPort.GetPortNames;

    public IReadOnlyList<string> List()
    {
        var result = new List<string>();
        foreach (var port in configuredPorts.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            // On Windows configured names are COM names, not files; on Unix a missing path is unplugged.
            if (OperatingSystem.IsWindows() || Exists(port))
                result.Add(port);
        }
        if (Directory.Exists(byIdDirectory))
            result.AddRange(Directory.EnumerateFileSystemEntries(byIdDirectory).Where(Exists).Order(StringComparer.Ordinal));
        try
        {
            result.AddRange(_portNames().Order(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Enumeration is best effort; configured and by-id ports still count.
        }
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    // A link left behind by an unplugged device still "exists" as a file: follow it.
    private static bool Exists(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.LinkTarget is null ? file.Exists : file.ResolveLinkTarget(returnFinalTarget: true)?.Exists == true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }
}
