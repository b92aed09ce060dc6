using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// Issue 19: start-up time and idle resident memory of the real server process with no plugins, the
/// built-in plugins, and the built-in plugins plus 100 generated protocol plugins (indexed from their
/// data; and, for comparison, all loaded at start with Plugins:LoadOnDemand=false); then the delay from
/// a scan finding a device of a not-yet-loaded plugin to the client's DeviceList naming it, next to the
/// same with the plugin already loaded. Start-up is the time from starting the process until a client's
/// handshake is answered (it connects as soon as the "listening on" line appears); since the plugins are
/// indexed and the transports loaded in the background, the time until the buses are up (the
/// "plugins installed: …; buses started" line) is measured beside it. Idle memory is taken 2 s after that.
/// Configurations alternate within each round so a busy spell hits them alike; medians are printed.
/// </summary>
internal static partial class StartupBenchmark
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string root, string hostDir, int rounds)
    {
        var hostDll = Path.Combine(hostDir, "ButtplugHost.dll");
        var builtIn = Path.Combine(hostDir, "plugins");
        var generated = Path.Combine(root, "artifacts", "test-plugins-extra", "Generated");
        foreach (var required in new[] { hostDll, builtIn, generated })
        {
            if (!File.Exists(required) && !Directory.Exists(required))
            {
                Console.Error.WriteLine($"{required} is missing: build first (see tests/ButtplugHost.Benchmarks/README.md).");
                return 1;
            }
        }
        var scratch = Directory.CreateTempSubdirectory("bench-startup-");
        try
        {
            var empty = Directory.CreateDirectory(Path.Combine(scratch.FullName, "empty")).FullName;
            var farm = Directory.CreateDirectory(Path.Combine(scratch.FullName, "generated")).FullName;
            GeneratedPlugins.Install(generated, farm, 100);
            var builtInCount = Directory.GetDirectories(builtIn).Length;
            (string Label, string[] Args)[] configurations =
            [
                ("no plugins", ["--plugins-dir", empty]),
                ($"{builtInCount} built-in plugins", ["--plugins-dir", builtIn]),
                ($"{builtInCount} built-in + 100 generated", ["--plugins-dir", builtIn, "--plugins-dir", farm]),
                ("  the same, all loaded at start (LoadOnDemand=false)", ["--plugins-dir", builtIn, "--plugins-dir", farm, "--Plugins:LoadOnDemand=false"]),
            ];
            Console.WriteLine($"Start-up and idle memory: {Environment.ProcessorCount} cores, load average {Program.LoadAverage()}, {rounds} rounds, host {hostDll}");
            var results = configurations.Select(_ => (Ms: new List<double>(), Buses: new List<double>(), Mb: new List<double>())).ToArray();
            foreach (var (_, args) in configurations)
                await StartOnceAsync(hostDll, args); // warm the disk cache
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < configurations.Length; i++)
                {
                    var (ms, buses, mb) = await StartOnceAsync(hostDll, configurations[i].Args);
                    results[i].Ms.Add(ms);
                    results[i].Buses.Add(buses);
                    results[i].Mb.Add(mb);
                }
            }
            Console.WriteLine($"{"plugins",-54} {"handshake ms",12} {"buses up ms",12} {"idle RSS MB",12}   (medians; ratios to no plugins: handshake, buses, RSS)");
            for (var i = 0; i < configurations.Length; i++)
            {
                var ms = Median(results[i].Ms);
                var buses = Median(results[i].Buses);
                var mb = Median(results[i].Mb);
                Console.WriteLine($"{configurations[i].Label,-54} {ms,12:0} {buses,12:0} {mb,12:0.0}   ({ms / Median(results[0].Ms):0.00}x, {buses / Median(results[0].Buses):0.00}x, {mb / Median(results[0].Mb):0.00}x)");
            }

            Console.WriteLine();
            Console.WriteLine("First device (simulated GEN-nnn, built-in + 100 generated plugins installed), the client's first scan:");
            Console.WriteLine("  StartScanning sent → its Ok (the scan waits for the buses: with LoadOnDemand, the transports that load at the first scan)");
            Console.WriteLine("  Ok → DeviceList naming the device (the simulated bus reports it at once: discovery → DeviceAdded)");
            var lazy = new List<(double Ok, double Device)>();
            var eager = new List<(double Ok, double Device)>();
            for (var round = 0; round <= rounds; round++)
            {
                var device = $"GEN-{round % 100 + 1:000}";
                var onDemand = await FirstDeviceAsync(hostDll, builtIn, farm, device, loadOnDemand: true);
                var loaded = await FirstDeviceAsync(hostDll, builtIn, farm, device, loadOnDemand: false);
                if (round == 0)
                    continue; // warm-up
                lazy.Add(onDemand);
                eager.Add(loaded);
            }
            Print("plugins loaded on demand (LoadOnDemand=true)", lazy);
            Print("everything loaded at start (LoadOnDemand=false)", eager);
            Console.WriteLine($"Load average at the end: {Program.LoadAverage()}");
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Starts the server: milliseconds from the process start to a handshake answered, and to the buses
    /// being up; resident MB <see cref="Idle"/> after the buses are up.
    /// </summary>
    private static async Task<(double HandshakeMs, double BusesMs, double Mb)> StartOnceAsync(string hostDll, string[] args)
    {
        await using var server = await ServerProcess.StartAsync(hostDll, args);
        var busesMs = await server.BusesStartedAsync();
        await Task.Delay(Idle);
        return (server.HandshakeMs, busesMs, server.ResidentMb());
    }

    private static void Print(string label, List<(double Ok, double Device)> runs)
    {
        static string All(IEnumerable<double> xs) => string.Join(", ", xs.Select(x => x.ToString("0", CultureInfo.InvariantCulture)));
        Console.WriteLine($"  {label,-50} scan → Ok {Median([.. runs.Select(r => r.Ok)]),6:0.0} ms ({All(runs.Select(r => r.Ok))}); Ok → device {Median([.. runs.Select(r => r.Device)]),6:0.0} ms ({All(runs.Select(r => r.Device))}); total {Median([.. runs.Select(r => r.Ok + r.Device)]),6:0.0} ms");
    }

    private static async Task<(double OkMs, double DeviceMs)> FirstDeviceAsync(string hostDll, string builtIn, string farm, string device, bool loadOnDemand)
    {
        await using var server = await ServerProcess.StartAsync(hostDll,
            ["--plugins-dir", builtIn, "--plugins-dir", farm, $"--Simulated:Devices:0:Name={device}", $"--Plugins:LoadOnDemand={(loadOnDemand ? "true" : "false")}"]);
        // Discovery → DeviceAdded only: the scan starts once the buses are up (it would wait for them).
        await server.BusesStartedAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.Url), CancellationToken.None);
        await SendAsync(socket, """[{"RequestServerInfo":{"Id":1,"ClientName":"bench","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
        await ReceiveUntilAsync(socket, "ServerInfo");
        var clock = Stopwatch.StartNew();
        await SendAsync(socket, """[{"StartScanning":{"Id":2}}]""");
        var okFrame = await ReceiveUntilAsync(socket, "\"Ok\"");
        var ok = clock.Elapsed.TotalMilliseconds;
        if (!okFrame.Contains("\"DeviceIndex\"", StringComparison.Ordinal))
            await ReceiveUntilAsync(socket, "\"DeviceIndex\"");
        return (ok, clock.Elapsed.TotalMilliseconds - ok);
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    // Returns the first message that contains the marker.
    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var text = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);
            if (text.ToString().Contains(marker, StringComparison.Ordinal))
                return text.ToString();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The server as its own process on a free port; killed on dispose.</summary>
    private sealed partial class ServerProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        private ServerProcess(Process process) => _process = process;

        public string Url => _url.Task.Result;

        /// <summary>Milliseconds from the process start to the client's ServerInfo.</summary>
        public double HandshakeMs { get; private set; }

        private readonly TaskCompletionSource<double> _busesStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Milliseconds from the process start to the "plugins installed: …" line (logged once the buses are up).</summary>
        public Task<double> BusesStartedAsync() => _busesStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));

        public static async Task<ServerProcess> StartAsync(string hostDll, string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in (string[])[hostDll, "--websocket-port", "0", .. args])
                info.ArgumentList.Add(a);
            info.Environment["DOTNET_NOLOGO"] = "1";
            var process = new Process { StartInfo = info };
            var server = new ServerProcess(process);
            process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
            process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
            server._clock.Restart();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (await Task.WhenAny(server._url.Task, Task.Delay(TimeSpan.FromSeconds(60))) != server._url.Task)
            {
                await server.DisposeAsync();
                throw new TimeoutException("The server did not start listening within 60 s.");
            }
            // Start-up ends when a client is served: connect at once and time the handshake's answer.
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(server.Url), CancellationToken.None);
            await SendAsync(socket, """[{"RequestServerInfo":{"Id":1,"ClientName":"bench","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
            await ReceiveUntilAsync(socket, "ServerInfo");
            server.HandshakeMs = server._clock.Elapsed.TotalMilliseconds;
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            return server;
        }

        private void OnLine(string? line)
        {
            if (line is null)
                return;
            if (!_busesStarted.Task.IsCompleted && line.Contains(" plugins installed: ", StringComparison.Ordinal))
                _busesStarted.TrySetResult(_clock.Elapsed.TotalMilliseconds);
            if (!_url.Task.IsCompleted && Listening().Match(line) is { Success: true } m)
                _url.TrySetResult(m.Groups[1].Value);
        }

        /// <summary>VmRSS of the process (Linux), in MB.</summary>
        public double ResidentMb()
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }

        [GeneratedRegex(@"listening on (ws://127\.0\.0\.1:\d+)")]
        private static partial Regex Listening();
    }
}

/// <summary>Copies of the Generated test plugin, each with its own id, protocol and device name (GEN-nnn).</summary>
internal static class GeneratedPlugins
{
    public static void Install(string build, string directory, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            var number = n.ToString("000", CultureInfo.InvariantCulture);
            var folder = Directory.CreateDirectory(Path.Combine(directory, "generated-" + number)).FullName;
            foreach (var file in Directory.GetFiles(build))
            {
                var target = Path.Combine(folder, Path.GetFileName(file));
                if (Path.GetFileName(file) is "plugin.json" or "devices.json")
                    File.WriteAllText(target, File.ReadAllText(file)
                        .Replace("GEN-000", "GEN-" + number, StringComparison.Ordinal)
                        .Replace("generated-000", "generated-" + number, StringComparison.Ordinal)
                        .Replace("Vibrator 000", "Vibrator " + number, StringComparison.Ordinal));
                else
                    File.Copy(file, target);
            }
        }
    }
}
