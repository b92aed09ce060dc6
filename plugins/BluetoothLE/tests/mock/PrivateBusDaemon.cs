using System.Diagnostics;
using System.Security;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

/// <summary>
/// A private <c>dbus-daemon</c> for tests: its own socket in a temporary directory, EXTERNAL
/// authentication and a policy that allows everything. Needs the <c>dbus</c> package (the
/// <c>dbus-daemon</c> binary); starting fails loudly when it is missing.
/// </summary>
public sealed class PrivateBusDaemon : IAsyncDisposable
{
    private readonly Process _process;
    private int _disposed;

    private PrivateBusDaemon(Process process, string directory, string address)
    {
        _process = process;
        Directory = directory;
        Address = address;
    }

    /// <summary>The bus address (<c>unix:path=…</c>) to connect to or to put in <c>DBUS_SYSTEM_BUS_ADDRESS</c>.</summary>
    public string Address { get; }

    /// <summary>The temporary directory holding the socket and configuration (deleted on dispose).</summary>
    public string Directory { get; }

    /// <summary>Process id of the daemon.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a daemon and waits until it listens.</summary>
    /// <param name="busType"><c>system</c> or <c>session</c>: the bus type the daemon announces.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="InvalidOperationException"><c>dbus-daemon</c> is not installed or does not start.</exception>
    public static async Task<PrivateBusDaemon> StartAsync(string busType = "system", CancellationToken cancellationToken = default)
    {
        var executable = FindExecutable("dbus-daemon")
            ?? throw new InvalidOperationException("dbus-daemon not found: install the 'dbus' package (apt-get install -y dbus).");
        var directory = System.IO.Directory.CreateTempSubdirectory("dbus-test-").FullName;
        var socket = Path.Combine(directory, "bus.sock");
        var config = Path.Combine(directory, "bus.conf");
        await File.WriteAllTextAsync(config, ConfigFor(busType, socket), cancellationToken);

        var start = new ProcessStartInfo(executable, ["--config-file=" + config, "--nofork", "--print-address=1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dbus-daemon did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var address = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (string.IsNullOrEmpty(address))
        {
            var error = await process.StandardError.ReadToEndAsync(cancellationToken);
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException($"dbus-daemon printed no address: {error}");
        }
        return new PrivateBusDaemon(process, directory, address.Trim());
    }

    /// <summary>Stops the daemon and deletes its directory. Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    /// <summary>Looks an executable up on PATH, then in /usr/bin and /bin.</summary>
    public static string? FindExecutable(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/bin")
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    private static string ConfigFor(string busType, string socket) => $"""
        <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
         "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
        <busconfig>
          <type>{SecurityElement.Escape(busType)}</type>
          <listen>unix:path={SecurityElement.Escape(socket)}</listen>
          <auth>EXTERNAL</auth>
          <policy context="default">
            <allow user="*"/>
            <allow own="*"/>
            <allow send_destination="*" eavesdrop="true"/>
            <allow receive_sender="*"/>
            <allow eavesdrop="true"/>
          </policy>
        </busconfig>
        """;
}
