using System.Diagnostics;
using System.Globalization;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// Keep-alive under load (issue 20): 8 simulated Satisfyer Hot Spots, each set to a speed and then left
/// quiet, so only their keep-alive writes them (the last packet, every
/// <c>Satisfyer:KeepAliveIntervalMs</c>); a ninth device (the test device) gets nothing, then a client
/// flooding it with 1,000 OutputCmd a second. The figure: the period between a Satisfyer's writes,
/// against the interval, quiet and under the flood (mean and max deviation, over all 8).
/// </summary>
internal static class KeepAliveBenchmark
{
    private const int Toys = 8;

    public static async Task<int> RunAsync(string root, TimeSpan phase, TimeSpan interval)
    {
        Console.WriteLine($"Keep-alive under load: {Toys} Satisfyer Hot Spots (keep-alive every {interval.TotalMilliseconds:0} ms), {phase.TotalSeconds:0.#} s quiet, then {phase.TotalSeconds:0.#} s with a client sending 1,000 commands/s to another device; load average {Program.LoadAverage()}.");
        // The client reads nothing during the quiet phase: no WebSocket pings, or it would be dropped for not answering.
        var settings = new List<string> { "--Satisfyer:KeepAliveIntervalMs=" + interval.TotalMilliseconds.ToString(CultureInfo.InvariantCulture), "--Server:KeepAliveIntervalMs=0" };
        for (var i = 1; i <= Toys; i++)
        {
            settings.Add($"--Simulated:Devices:{i}:Name=SF Hot Spot");
            settings.Add($"--Simulated:Devices:{i}:Address=SIM:SF{i}");
            settings.Add($"--Simulated:Devices:{i}:Reads:rxblemodel=hex:00002715");
        }
        await using var server = await ServerUnderTest.StartAsync(root, "TST-Bench", [.. settings]);
        await using var client = await LoadClient.ConnectAsync(server.Url);
        await client.HandshakeAndFindDeviceAsync();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (server.Devices().Count < Toys + 1 && DateTime.UtcNow < until)
            await Task.Delay(50);
        var devices = server.Devices();
        if (devices.Count < Toys + 1)
            throw new InvalidOperationException($"Only {devices.Count} of {Toys + 1} devices connected.");
        var toys = devices.Where(d => d.Identity.Name == "SF Hot Spot").ToList();
        client.DeviceIndex = devices.Single(d => d.Identity.Name == "TST-Bench").Info.Index;

        // Each toy runs at a speed, then hears nothing more from the client: from now on only the keep-alive writes it.
        var writes = toys.Select(t => new WriteTimes((MemoryHardware)t.Hardware)).ToList();
        for (var i = 0; i < toys.Count; i++)
            await client.SendRawAsync($"[{{\"OutputCmd\":{{\"Id\":{1_900_000 + i},\"DeviceIndex\":{toys[i].Info.Index},\"FeatureIndex\":0,\"Command\":{{\"Vibrate\":{{\"Value\":100}}}}}}}}]");
        await Task.Delay(interval * 2);

        var quietStart = Stopwatch.GetTimestamp();
        await Task.Delay(phase);
        var floodStart = Stopwatch.GetTimestamp();
        var flood = await client.RunPacedAsync(1000, phase, 1);
        var floodEnd = Stopwatch.GetTimestamp();

        Console.WriteLine($"{"phase",-34} {"periods",8} {"mean ms",9} {"mean dev",9} {"max dev",9} {"p99 dev",9}");
        Report("quiet", writes, quietStart, floodStart, interval);
        Report($"flood ({flood.Throughput:0} commands/s sent)", writes, floodStart, floodEnd, interval);
        return 0;
    }

    private static void Report(string name, List<WriteTimes> writes, long from, long to, TimeSpan interval)
    {
        var periods = writes.SelectMany(w => w.PeriodsBetween(from, to)).ToArray();
        if (periods.Length == 0)
        {
            Console.WriteLine($"{name,-34} no keep-alive writes");
            return;
        }
        var deviations = periods.Select(p => Math.Abs(p - interval.TotalMilliseconds) / interval.TotalMilliseconds * 100).Order().ToArray();
        var p99 = deviations[Math.Min(deviations.Length - 1, (int)Math.Ceiling(0.99 * deviations.Length) - 1)];
        Console.WriteLine($"{name,-34} {periods.Length,8} {periods.Average(),9:0.0} {deviations.Average(),8:0.00}% {deviations[^1],8:0.00}% {p99,8:0.00}%");
    }

    /// <summary>When each write reached one toy (Stopwatch ticks).</summary>
    private sealed class WriteTimes
    {
        private readonly List<long> _ticks = [];

        public WriteTimes(MemoryHardware hardware) =>
            hardware.OperationRecorded += (_, op) =>
            {
                if (op.Kind != HardwareOperationKind.Write)
                    return;
                var now = Stopwatch.GetTimestamp();
                lock (_ticks)
                    _ticks.Add(now);
            };

        /// <summary>Milliseconds between consecutive writes, both inside [from, to].</summary>
        public IEnumerable<double> PeriodsBetween(long from, long to)
        {
            long[] ticks;
            lock (_ticks)
                ticks = [.. _ticks.Where(t => t >= from && t <= to)];
            for (var i = 1; i < ticks.Length; i++)
                yield return Stopwatch.GetElapsedTime(ticks[i - 1], ticks[i]).TotalMilliseconds;
        }
    }
}
