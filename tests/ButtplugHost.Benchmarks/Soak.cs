using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// The soak run (issue 12): a client sends OutputCmd at a steady rate for a long time and, in the
/// middle, stops reading for 10 s; then it reads again. Reports lost replies and the server process's
/// managed heap and working set at a steady-state baseline and after recovery (full GC both times).
/// The client stalls longer than the default keep-alive timeout would allow (a client that does not
/// read does not answer pings either), so the run raises KeepAliveTimeoutMs to 30 s: what is measured
/// is the queue and its memory, not the disconnect (which SilentClientTests covers).
/// Run: <c>dotnet tests/ButtplugHost.Benchmarks/bin/Release/net10.0/ButtplugHost.Benchmarks.dll --soak [minutes, default 10] [per second, default 1000]</c>.
/// </summary>
internal static class Soak
{
    public static async Task<int> RunAsync(string repoRoot, double minutes, int perSecond)
    {
        var total = TimeSpan.FromMinutes(minutes);
        var stallAt = total / 2;
        var stall = TimeSpan.FromSeconds(10);
        Console.WriteLine($"Soak: {minutes:0.#} min at {perSecond} commands/s; the client stops reading for {stall.TotalSeconds:0} s at {stallAt:mm\\:ss}. {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        // A private copy of the plugins: a rebuild during the long run must not hot-reload them under it.
        var root = Path.Combine(Path.GetTempPath(), "bph-soak-" + Environment.ProcessId);
        CopyTree(Path.Combine(repoRoot, "artifacts", "host", "plugins"), Path.Combine(root, "artifacts", "host", "plugins"));
        CopyTree(Path.Combine(repoRoot, "artifacts", "test-plugins"), Path.Combine(root, "artifacts", "test-plugins"));
        await using var server = await ServerUnderTest.StartAsync(root, "TST-Bench", "--Server:KeepAliveTimeoutMs=30000");
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.Url), CancellationToken.None);
        var index = await HandshakeAsync(socket);
        // The simulated device records every write; that record is the bench's, not the server's memory.
        var hardware = server.Hardware(index);

        long sent = 0, replies = 0;
        var reading = new ManualResetEventSlim(true);
        var receiving = Task.Run(async () =>
        {
            var buffer = new byte[1 << 16];
            while (socket.State == WebSocketState.Open)
            {
                reading.Wait();
                WebSocketReceiveResult r;
                try { r = await socket.ReceiveAsync(buffer, CancellationToken.None); }
                catch (WebSocketException) { return; }
                if (r.MessageType == WebSocketMessageType.Close)
                    return;
                var text = Encoding.UTF8.GetString(buffer, 0, r.Count);
                for (var at = text.IndexOf("\"Ok\"", StringComparison.Ordinal); at >= 0; at = text.IndexOf("\"Ok\"", at + 4, StringComparison.Ordinal))
                    Interlocked.Increment(ref replies);
            }
        });

        var clock = Stopwatch.StartNew();
        var warmup = TimeSpan.FromSeconds(Math.Min(60, total.TotalSeconds / 10));
        double baselineHeap = 0, baselineWorkingSet = 0, stallHeap = 0;
        var stalled = false;
        var resumed = false;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(2));
        var nextReport = TimeSpan.FromMinutes(1);
        while (clock.Elapsed < total)
        {
            await timer.WaitForNextTickAsync();
            var due = (long)(clock.Elapsed.TotalSeconds * perSecond);
            while (sent < due)
            {
                sent++;
                var frame = Encoding.UTF8.GetBytes($"[{{\"OutputCmd\":{{\"Id\":{sent},\"DeviceIndex\":{index},\"FeatureIndex\":0,\"Command\":{{\"Vibrate\":{{\"Value\":{sent % 20 + 1}}}}}}}}}]");
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
            }
            hardware.ClearOperations();
            if (baselineHeap == 0 && clock.Elapsed >= warmup)
                (baselineHeap, baselineWorkingSet) = Measure();
            if (!stalled && clock.Elapsed >= stallAt)
            {
                stalled = true;
                reading.Reset();
                Console.WriteLine($"{clock.Elapsed:mm\\:ss} client stops reading ({Interlocked.Read(ref replies)} replies so far)");
            }
            if (stalled && !resumed && clock.Elapsed >= stallAt + stall)
            {
                stallHeap = GC.GetTotalMemory(false) / 1e6;
                resumed = true;
                reading.Set();
                Console.WriteLine($"{clock.Elapsed:mm\\:ss} client reads again (heap before reading {stallHeap:0.0} MB)");
            }
            if (clock.Elapsed >= nextReport)
            {
                Console.WriteLine($"{clock.Elapsed:mm\\:ss} sent {sent}, replies {Interlocked.Read(ref replies)}, heap {GC.GetTotalMemory(false) / 1e6:0.0} MB");
                nextReport += TimeSpan.FromMinutes(1);
            }
        }
        // Let the last replies arrive, then measure after recovery.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Interlocked.Read(ref replies) < sent && DateTime.UtcNow < until)
            await Task.Delay(50);
        hardware.ClearOperations();
        var (finalHeap, finalWorkingSet) = Measure();
        var lost = sent - Interlocked.Read(ref replies);
        var growth = (finalHeap - baselineHeap) / baselineHeap * 100;
        Console.WriteLine();
        Console.WriteLine($"commands sent {sent}, replies {Interlocked.Read(ref replies)}, lost {lost}");
        Console.WriteLine($"managed heap after full GC: baseline {baselineHeap:0.00} MB (at {warmup.TotalSeconds:0} s), after recovery {finalHeap:0.00} MB: growth {growth:+0.0;-0.0} %");
        Console.WriteLine($"working set: baseline {baselineWorkingSet:0.0} MB, after recovery {finalWorkingSet:0.0} MB");
        Console.WriteLine($"Goal: memory growth under 5 % after recovery: {(growth < 5 ? "met" : "NOT met")}; 0 lost replies: {(lost == 0 ? "met" : "NOT met")}.");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        await receiving.WaitAsync(TimeSpan.FromSeconds(5));
        return growth < 5 && lost == 0 ? 0 : 1;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static (double HeapMb, double WorkingSetMb) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(false) / 1e6, process.WorkingSet64 / 1e6);
    }

    private static async Task<uint> HandshakeAsync(ClientWebSocket socket)
    {
        var buffer = new byte[1 << 16];
        await socket.SendAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"soak","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        // Simulated devices from configuration connect when a scan runs.
        await socket.SendAsync("[{\"StartScanning\":{\"Id\":2}}]"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var until = DateTime.UtcNow.AddSeconds(30);
        for (var id = 3; DateTime.UtcNow < until; id++)
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes($"[{{\"RequestDeviceList\":{{\"Id\":{id}}}}}]"), WebSocketMessageType.Text, true, CancellationToken.None);
            while (true)
            {
                var r = await socket.ReceiveAsync(buffer, CancellationToken.None);
                var text = Encoding.UTF8.GetString(buffer, 0, r.Count);
                if (!text.Contains($"\"Id\":{id}", StringComparison.Ordinal))
                    continue;
                var at = text.IndexOf("\"DeviceIndex\":", StringComparison.Ordinal);
                if (at >= 0)
                    return uint.Parse(text.AsSpan(at + 14, text.IndexOfAny([',', '}'], at + 14) - at - 14), CultureInfo.InvariantCulture);
                break;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The simulated device never appeared.");
    }
}
