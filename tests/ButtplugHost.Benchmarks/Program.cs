using System.Diagnostics;
using System.Globalization;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// Measures, in one run on this machine: a plain Kestrel WebSocket echo server, then the Buttplug server
/// (in process, simulated test device) answering OutputCmd, with 1 and 16 requests in flight, and
/// at a steady 1,000 commands/s. Latency "to write" is client send → the simulated device's write.
/// Build and run: <c>dotnet build -c Release tests/ButtplugHost.Benchmarks</c> (this also builds and
/// deploys the Simulated and TestDevice plugins), then
/// <c>dotnet tests/ButtplugHost.Benchmarks/bin/Release/net10.0/ButtplugHost.Benchmarks.dll [seconds per run, default 3] [--alloc] [--merge-only]</c>;
/// --alloc also prints which types the 1-in-flight run allocates (sampled). Last, the merge window
/// (issue 11): an isolated command and a burst of outputs, window on and off (--merge-only: just that).
/// <c>--soak [minutes] [per second]</c> runs the soak instead (<see cref="Soak"/>);
/// <c>--startup [rounds] [host folder]</c> the start-up, idle memory and first-device figures (<see cref="StartupBenchmark"/>);
/// <c>--keepalive [seconds per phase] [interval ms]</c> the keep-alive period under load (<see cref="KeepAliveBenchmark"/>);
/// <c>--scale [seconds]</c> 64 devices × 50 Hz and the scheduler's allocations (<see cref="ScaleBenchmark"/>).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--soak")
        {
            var minutes = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
            var perSecond = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
            return await Soak.RunAsync(FindRepoRoot(), minutes, perSecond);
        }
        if (args.Length > 0 && args[0] == "--startup")
        {
            // --startup [rounds] [host folder]: issue 19's start-up, idle memory and first-device figures.
            var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
            var hostDir = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.Combine(FindRepoRoot(), "artifacts", "release", "host");
            return await StartupBenchmark.RunAsync(FindRepoRoot(), hostDir, rounds);
        }
        if (args.Length > 0 && args[0] == "--keepalive")
        {
            // --keepalive [seconds per phase] [interval ms]: issue 20's keep-alive period under a 1,000 commands/s client.
            var phase = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20;
            var interval = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 500;
            return await KeepAliveBenchmark.RunAsync(FindRepoRoot(), TimeSpan.FromSeconds(phase), TimeSpan.FromMilliseconds(interval));
        }
        if (args.Length > 0 && args[0] == "--micro")
            return Micro.MicroBenchmarks.Run(args[1..]); // --micro [filter]: BenchmarkDotNet, parse → validate → queue per message family
        if (args.Length > 0 && args[0] == "--scale")
            return await ScaleBenchmark.RunAsync(FindRepoRoot(), TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10));
        var sampleAllocations = args.Contains("--alloc");
        var mergeOnly = args.Contains("--merge-only");
        args = [.. args.Where(a => a is not "--alloc" and not "--merge-only")];
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var run = TimeSpan.FromSeconds(seconds);
        var warmup = TimeSpan.FromSeconds(Math.Min(1, seconds));
        var root = FindRepoRoot();
        Console.WriteLine($"ButtplugHost benchmark: {Environment.ProcessorCount} cores, load average {LoadAverage()}, {run.TotalSeconds:0.#} s per run, .NET {Environment.Version}");
        if (!mergeOnly)
            await RunThroughputAsync(root, run, warmup, sampleAllocations);
        await RunMergeWindowAsync(root, run);
        return 0;
    }

    /// <summary>Send → write for an isolated command and for a burst of 4 outputs (one OutputCmd each), merge window on and off.</summary>
    private static async Task RunMergeWindowAsync(string root, TimeSpan run)
    {
        Console.WriteLine();
        Console.WriteLine("Merge window: test device with a 100 ms gap; one OutputCmd per output, separate frames back to back; each sample starts idle.");
        Console.WriteLine($"{"run",-44} {"samples",8} {"write p50",10} {"write p99",10} {"batches/burst",14}   (times in µs: first frame sent → every value written)");
        foreach (var (label, settings) in new[] { ("window on (default 2 ms)", Array.Empty<string>()), ("window off (0)", ["--Server:MergeWindowMs=0"]) })
        {
            await using var server = await ServerUnderTest.StartAsync(root, "TST-Gap", settings);
            await using var bench = await BurstBenchmark.ConnectAsync(server);
            await bench.RunAsync(4, TimeSpan.FromSeconds(0.5)); // warm-up
            foreach (var n in new[] { 1, 4 })
            {
                var (micros, batches) = await bench.RunAsync(n, run);
                var name = $"{label}, {(n == 1 ? "isolated command" : $"burst of {n} outputs")}";
                Console.WriteLine($"{name,-44} {micros.Length,8} {Percentile(micros, 0.5),10:0} {Percentile(micros, 0.99),10:0} {batches,14:0.00}");
            }
        }
    }

    private static async Task RunThroughputAsync(string root, TimeSpan run, TimeSpan warmup, bool sampleAllocations)
    {

        await using var echo = await EchoServer.StartAsync();
        await using var server = await ServerUnderTest.StartAsync(root);

        // Rounds alternate echo and Buttplug runs so both see the same machine load; the median round counts.
        const int rounds = 3;
        var echoRuns = new Dictionary<int, List<RunResult>> { [1] = [], [16] = [] };
        var runs = new Dictionary<int, List<(RunResult Run, double[] ToWrite)>> { [1] = [], [16] = [] };
        RunResult paced;
        double[] pacedToWrite;
        await using (var echoClient = await LoadClient.ConnectAsync(echo.Url))
        await using (var client = await LoadClient.ConnectAsync(server.Url))
        {
            var index = await client.HandshakeAndFindDeviceAsync();
            var writes = new WriteRecorder(server.Hardware(index), 2_000_000);
            await echoClient.RunInFlightAsync(16, warmup, 1);
            await client.RunInFlightAsync(16, warmup, 1);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var inFlight in new[] { 1, 16 })
                {
                    echoRuns[inFlight].Add(await echoClient.RunInFlightAsync(inFlight, run, 1));
                    await Task.Delay(50);
                    writes.Reset();
                    var result = await client.RunInFlightAsync(inFlight, run, 1);
                    await Task.Delay(50);
                    runs[inFlight].Add((result, ToWriteLatencies(result, writes)));
                }
            }
            if (sampleAllocations)
            {
                using var sampler = new AllocationSampler();
                await client.RunInFlightAsync(1, run, 1);
                sampler.Print(25);
            }
            await Task.Delay(50);
            writes.Reset();
            paced = await client.RunPacedAsync(1000, run, 1);
            pacedToWrite = ToWriteLatencies(paced, writes);
        }
        var echoResults = echoRuns.ToDictionary(kv => kv.Key, kv => kv.Value.OrderBy(r => r.Throughput).ElementAt(rounds / 2));
        var results = runs.ToDictionary(kv => kv.Key, kv => kv.Value.OrderBy(r => r.Run.Throughput).ElementAt(rounds / 2));

        Console.WriteLine();
        Console.WriteLine($"{"run (median of " + rounds + " rounds)",-34} {"msgs/s",10} {"rtt p50",9} {"rtt p99",9} {"write p50",10} {"write p99",10} {"cpu/msg",9} {"B/msg",7}   (times in µs)");
        foreach (var inFlight in new[] { 1, 16 })
        {
            var e = echoResults[inFlight];
            var b = results[inFlight];
            Row($"echo, {inFlight} in flight", e, null);
            Row($"buttplug OutputCmd, {inFlight} in flight", b.Run, b.ToWrite);
            Console.WriteLine($"{"  ratio buttplug / echo",-34} {b.Run.Throughput / e.Throughput,10:0.00}");
        }
        Row("buttplug OutputCmd, 1,000/s paced", paced, pacedToWrite);
        var p99 = Percentile(pacedToWrite, 0.99);
        Console.WriteLine();
        Console.WriteLine($"Goal (issue 22): throughput ≥ 0.9 × echo (1 in flight: {results[1].Run.Throughput / echoResults[1].Throughput:0.00}, 16 in flight: {results[16].Run.Throughput / echoResults[16].Throughput:0.00}); " +
                          $"p99 send→write < 500 µs at 1,000/s: {p99:0} µs.");
    }

    private static void Row(string name, RunResult r, double[]? toWrite)
    {
        var rtt = r.RoundTrips();
        var write = toWrite is null ? $"{"-",10} {"-",10}" : $"{Percentile(toWrite, 0.5),10:0} {Percentile(toWrite, 0.99),10:0}";
        Console.WriteLine($"{name,-34} {r.Throughput,10:0} {Percentile(rtt, 0.5),9:0} {Percentile(rtt, 0.99),9:0} {write} {r.CpuMicrosPerRequest,9:0.0} {r.BytesPerRequest,7:0}");
    }

    /// <summary>
    /// Send → device write, per command. Writes are coalesced (latest value wins), so a command is
    /// complete at the first write of its value or of a later command's; values cycle 1…20.
    /// </summary>
    internal static double[] ToWriteLatencies(RunResult run, WriteRecorder writes)
    {
        var result = new List<double>(run.Count);
        var resolved = 0; // commands 1..resolved are done
        for (var w = 0; w < writes.Count; w++)
        {
            var (ticks, value) = writes[w];
            // The newest command sent before this write whose value it carries.
            var newest = resolved;
            while (newest < run.Count && run.Sent[newest + 1] > 0 && run.Sent[newest + 1] <= ticks)
                newest++;
            var match = -1;
            for (var id = newest; id > resolved && id > newest - 20; id--)
            {
                if (LoadClient.ValueOf(id) == value)
                {
                    match = id;
                    break;
                }
            }
            if (match < 0)
                continue;
            for (var id = resolved + 1; id <= match; id++)
                result.Add(Stopwatch.GetElapsedTime(run.Sent[id], ticks).TotalMicroseconds);
            resolved = match;
        }
        return [.. result];
    }

    private static double Percentile(double[] values, double p)
    {
        if (values.Length == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    internal static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ButtplugHost.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ButtplugHost.sln not found above " + AppContext.BaseDirectory);
    }
}
