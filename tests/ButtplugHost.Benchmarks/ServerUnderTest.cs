using System.Net;
using System.Net.Sockets;
using ButtplugHost.Cli;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// The real server, in this process: the generic host exactly as Program builds it, with the Simulated
/// transport and the test protocol loaded as plugins, one simulated test device, and logging at warnings.
/// </summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly IHost _host;

    private ServerUnderTest(IHost host, string url)
    {
        _host = host;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <param name="device">The simulated test device's name (its definition: tests/TestPlugins/TestDevice/devices.json).</param>
    /// <param name="settings">More <c>--Section:Key=value</c> settings.</param>
    public static async Task<ServerUnderTest> StartAsync(string repoRoot, string device = "TST-Bench", params string[] settings)
    {
        var port = FreePort();
        var cli = global::ButtplugHost.Cli.CommandLine.Parse(
        [
            "--websocket-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--plugins-dir", Path.Combine(repoRoot, "artifacts", "host", "plugins"),
            "--plugins-dir", Path.Combine(repoRoot, "artifacts", "test-plugins"),
            "--log", "warn",
            "--Simulated:Devices:0:Name=" + device,
            .. settings,
        ]);
        var host = global::ButtplugHost.Program.Build(cli);
        await host.StartAsync();
        return new ServerUnderTest(host, $"ws://127.0.0.1:{port}");
    }

    /// <summary>The simulated device's in-memory hardware (after it connected).</summary>
    public MemoryHardware Hardware(uint index)
    {
        var device = _host.Services.GetRequiredService<DeviceManager>().Find(index)
            ?? throw new InvalidOperationException($"No device at {index}.");
        return device.Hardware as MemoryHardware ?? throw new InvalidOperationException("Not a simulated device.");
    }

    /// <summary>The connected device at <paramref name="index"/>.</summary>
    public ConnectedDevice Device(uint index) =>
        _host.Services.GetRequiredService<DeviceManager>().Find(index) ?? throw new InvalidOperationException($"No device at {index}.");

    /// <summary>Every connected device.</summary>
    public IReadOnlyList<ConnectedDevice> Devices() => _host.Services.GetRequiredService<DeviceManager>().Devices;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

/// <summary>Records when each write reached the simulated device (value of "F0:Vibrate:{v};").</summary>
internal sealed class WriteRecorder
{
    private readonly long[] _ticks;
    private readonly int[] _values;
    private int _count;

    public WriteRecorder(MemoryHardware hardware, int capacity)
    {
        _ticks = new long[capacity];
        _values = new int[capacity];
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind != HardwareOperationKind.Write || op.Data is not { } data)
                return;
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            var i = Interlocked.Increment(ref _count) - 1;
            if (i < _ticks.Length)
            {
                _ticks[i] = now;
                _values[i] = ParseValue(data);
            }
        };
    }

    public int Count => Math.Min(Volatile.Read(ref _count), _ticks.Length);

    public (long Ticks, int Value) this[int i] => (_ticks[i], _values[i]);

    public void Reset() => Volatile.Write(ref _count, 0);

    // "F0:Vibrate:17;" → 17
    private static int ParseValue(byte[] data)
    {
        var end = data.Length - 1;
        var start = Array.LastIndexOf(data, (byte)':', end) + 1;
        var value = 0;
        for (var i = start; i < end; i++)
            value = value * 10 + (data[i] - '0');
        return value;
    }
}
