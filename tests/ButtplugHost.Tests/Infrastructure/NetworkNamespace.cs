using System.Diagnostics;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// A network namespace of the test's own (<c>ip netns add</c>), with only its loopback, up and
/// multicast-capable: multicast tests never touch the machine's real interfaces. Deleted on dispose.
/// </summary>
public sealed class NetworkNamespace : IDisposable
{
    private NetworkNamespace(string name) => Name = name;

    public string Name { get; }

    /// <summary>Null when namespaces can be made here; otherwise why not (the test is then skipped).</summary>
    public static string? Unavailable { get; } = Probe();

    public static NetworkNamespace Create()
    {
        var ns = new NetworkNamespace("bph-test-" + Guid.NewGuid().ToString("N")[..10]);
        Run("ip", "netns", "add", ns.Name);
        try
        {
            Run("ip", "netns", "exec", ns.Name, "ip", "link", "set", "lo", "up", "multicast", "on");
            Run("ip", "netns", "exec", ns.Name, "ip", "route", "add", "224.0.0.0/4", "dev", "lo");
        }
        catch
        {
            ns.Dispose();
            throw;
        }
        return ns;
    }

    /// <summary>A process start inside the namespace.</summary>
    public ProcessStartInfo StartInfo(string program, params string[] args)
    {
        var info = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["netns", "exec", Name, program, .. args])
            info.ArgumentList.Add(a);
        return info;
    }

    public void Dispose()
    {
        try { Run("ip", "netns", "del", Name); } catch (InvalidOperationException) { }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
            return "network namespaces are Linux only";
        try
        {
            using var ns = Create();
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "cannot create a network namespace here (needs root and iproute2): " + e.Message;
        }
    }

    private static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error.Trim()}");
    }
}

/// <summary>A fact that is skipped, with the reason, where network namespaces cannot be made.</summary>
public sealed class NetworkNamespaceFactAttribute : FactAttribute
{
    public NetworkNamespaceFactAttribute()
    {
        if (NetworkNamespace.Unavailable is { } reason)
            Skip = reason;
    }
}
