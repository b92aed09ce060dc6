using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Service;

/// <summary>
/// Run as a systemd service (Type=notify), the server reports READY=1 once it listens and STOPPING=1
/// on SIGTERM. systemd is recognised by the parent process's name, so the server is started from a
/// copy of bash named "systemd", with NOTIFY_SOCKET pointing at a datagram socket of the test's.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SystemdNotifyTests
{
    [Fact]
    public async Task Reports_ready_and_stopping_to_systemd()
    {
        using var dir = new TempDir();
        var notifyPath = dir.File("notify.sock");
        using var notify = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        notify.Bind(new UnixDomainSocketEndPoint(notifyPath));
        var fakeSystemd = dir.File("systemd");
        File.Copy("/bin/bash", fakeSystemd);
        File.SetUnixFileMode(fakeSystemd, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var info = new ProcessStartInfo(fakeSystemd) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        // "; wait" keeps bash (the "systemd") as the server's parent.
        info.ArgumentList.Add($"dotnet '{RepoPaths.HostDll}' --websocket-port 0 --plugins-dir '{RepoPaths.TestPlugins}' & echo CHILD=$!; wait");
        info.Environment["NOTIFY_SOCKET"] = notifyPath;
        using var parent = Process.Start(info)!;
        try
        {
            var childLine = await parent.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            var child = int.Parse(childLine!.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
            _ = parent.StandardOutput.ReadToEndAsync();
            _ = parent.StandardError.ReadToEndAsync();

            Assert.Contains("READY=1", await ReceiveAsync(notify, "READY=1"));
            Signals.Kill(child, Signals.SIGTERM);
            Assert.Contains("STOPPING=1", await ReceiveAsync(notify, "STOPPING=1"));
            await parent.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            if (!parent.HasExited)
                parent.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> ReceiveAsync(Socket socket, string wanted)
    {
        var buffer = new byte[4096];
        var seen = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            seen.Append(Encoding.UTF8.GetString(buffer, 0, n)).Append('\n');
            if (seen.ToString().Contains(wanted, StringComparison.Ordinal))
                return seen.ToString();
        }
    }
}
