using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// Issue 22's scale run: 64 simulated devices, each sent 50 v4 OutputCmd a second by one client over the
/// real WebSocket endpoint (3,200 commands/s, round robin, values cycling 1…20 per device). Each device's
/// model has a 10 ms message gap (a user-config model), so every command can be written at once and the
/// gap is there to be honoured. Prints send → device write p50/p99/max, the most writes any device got
/// within one gap, and bytes allocated per command by the whole process; then the scheduler alone
/// (<see cref="SchedulerAlone"/>) and the paced 1,000 commands/s run to one device.
/// </summary>
internal static class ScaleBenchmark
{
    private const int Devices = 64;
    private const int PerDevicePerSecond = 50;
    private const double GapMs = 10;

    public static async Task<int> RunAsync(string root, TimeSpan run)
    {
        Console.WriteLine($"Scale benchmark: {Environment.ProcessorCount} cores, load average {Program.LoadAverage()}, {run.TotalSeconds:0.#} s, .NET {Environment.Version}");
        var alone = await SchedulerAlone.BytesPerWrittenCommandAsync(100_000);
        var (floodPerCommand, floodPerWrite) = await SchedulerAlone.FloodAsync(TimeSpan.FromSeconds(2));
        Console.WriteLine($"Scheduler alone (ConnectedDevice, cached packets, counting sink): {alone:0.0} B per command written one by one (merge window on); " +
                          $"flood at a 1 ms gap: {floodPerCommand:0.00} B per command, {floodPerWrite:0.0} B per write.");

        var config = Path.Combine(Path.GetTempPath(), $"scale-bench-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(config, $$"""
            { "version": { "major": 4, "minor": 0 },
              "user_configs": { "protocols": { "testdevice": { "configurations": [
                { "identifier": ["TST-Scale"], "name": "Scale Test Device", "message_gap_ms": {{GapMs.ToString(CultureInfo.InvariantCulture)}} } ] } } } }
            """);
        try
        {
            string[] settings = ["--user-device-config-file", config, .. Enumerable.Range(0, Devices).SelectMany(i => new[]
            {
                $"--Simulated:Devices:{i}:Name=TST-Scale",
                $"--Simulated:Devices:{i}:Address=SCALE-{i:00}",
            })];
            await using (var server = await ServerUnderTest.StartAsync(root, "TST-Scale", settings))
                await RunScaleAsync(server, run);
        }
        finally
        {
            File.Delete(config);
        }

        await using (var server = await ServerUnderTest.StartAsync(root))
        await using (var client = await LoadClient.ConnectAsync(server.Url))
        {
            var index = await client.HandshakeAndFindDeviceAsync();
            var writes = new WriteRecorder(server.Hardware(index), 2_000_000);
            await client.RunInFlightAsync(16, TimeSpan.FromSeconds(1), 1); // warm-up
            await Task.Delay(50);
            writes.Reset();
            var paced = await client.RunPacedAsync(1000, run, 1);
            var toWrite = Program.ToWriteLatencies(paced, writes);
            Console.WriteLine($"Paced 1,000 OutputCmd/s to one device (gap 0), {toWrite.Length} commands: send→write p50 {Percentile(toWrite, 0.5):0} µs, " +
                              $"p99 {Percentile(toWrite, 0.99):0} µs, max {Percentile(toWrite, 1):0} µs; {paced.BytesPerRequest:0} B/command (whole process, client included).");
        }
        Console.WriteLine($"Load average at the end: {Program.LoadAverage()}");
        return 0;
    }

    private static async Task RunScaleAsync(ServerUnderTest server, TimeSpan run)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.Url), CancellationToken.None);
        await SendAsync(socket, """[{"RequestServerInfo":{"Id":1,"ClientName":"scale","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
        await SendAsync(socket, """[{"StartScanning":{"Id":2}}]""");
        var receiving = ReceiveAsync(socket);
        var until = DateTime.UtcNow.AddSeconds(60);
        while (server.Devices().Count < Devices && DateTime.UtcNow < until)
            await Task.Delay(50);
        var devices = server.Devices().OrderBy(d => d.Identity.Address, StringComparer.Ordinal).ToArray();
        if (devices.Length < Devices)
            throw new TimeoutException($"Only {devices.Length} of {Devices} simulated devices connected.");
        var gap = devices[0].Info.MessageGapMs;
        var recorders = devices.Select(d => new DeviceWrites((MemoryHardware)d.Hardware, 1_000_000)).ToArray();

        var warmup = await SendPacedAsync(socket, devices.Select(d => d.Info.Index).ToArray(), TimeSpan.FromSeconds(Math.Min(3, run.TotalSeconds)), null);
        await Task.Delay(100);
        foreach (var r in recorders)
            r.Reset();
        var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
        var sent = await SendPacedAsync(socket, devices.Select(d => d.Info.Index).ToArray(), run, new long[Devices * PerDevicePerSecond * ((int)run.TotalSeconds + 2)]);
        await Task.Delay(200);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes0;

        var latencies = new List<double>(sent.Count);
        var maxPerGap = 0;
        var minInterval = double.MaxValue;
        var totalWrites = 0;
        for (var d = 0; d < Devices; d++)
        {
            var w = recorders[d];
            totalWrites += w.Count;
            // Commands to device d: k = d, d + 64, …; its s-th carries value s % 20 + 1.
            var count = sent.Count / Devices + (d < sent.Count % Devices ? 1 : 0);
            latencies.AddRange(ToWrite(s => sent.Ticks[s * Devices + d], s => s % 20 + 1, count, w));
            for (var i = 0; i < w.Count; i++)
            {
                var inGap = 1;
                while (i + inGap < w.Count && Stopwatch.GetElapsedTime(w.Ticks[i], w.Ticks[i + inGap]).TotalMilliseconds < gap)
                    inGap++;
                maxPerGap = Math.Max(maxPerGap, inGap);
                if (i > 0)
                    minInterval = Math.Min(minInterval, Stopwatch.GetElapsedTime(w.Ticks[i - 1], w.Ticks[i]).TotalMilliseconds);
            }
        }
        var values = latencies.ToArray();
        Console.WriteLine($"{Devices} devices × {PerDevicePerSecond} Hz (one client, {sent.Count / run.TotalSeconds:0} OutputCmd/s sent, {sent.Count} in {run.TotalSeconds:0.#} s after {warmup.Count} to warm up; gap {gap} ms):");
        Console.WriteLine($"  send→write: p50 {Percentile(values, 0.5):0} µs, p99 {Percentile(values, 0.99):0} µs, max {Percentile(values, 1):0} µs ({values.Length} commands matched, {totalWrites} writes)");
        Console.WriteLine($"  writes per device per gap: max {maxPerGap} (shortest interval between two writes to one device {minInterval:0.00} ms)");
        Console.WriteLine($"  allocated: {bytes / (double)sent.Count:0} B per command (whole process: client, WebSocket, parsing, scheduler, test protocol, simulated device); {ErrorCount} Error replies");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        await receiving;
    }

    private static int ErrorCount;

    /// <summary>Sends round robin to <paramref name="indexes"/> at 50 Hz each; returns the send times (by command number) if asked.</summary>
    private static async Task<(int Count, long[] Ticks)> SendPacedAsync(ClientWebSocket socket, uint[] indexes, TimeSpan duration, long[]? ticks)
    {
        var rate = indexes.Length * PerDevicePerSecond;
        var total = (int)(rate * duration.TotalSeconds);
        if (ticks is not null)
            total = Math.Min(total, ticks.Length);
        var buffer = new byte[256];
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1));
        var k = 0;
        while (k < total)
        {
            var due = (int)Math.Min(total, clock.Elapsed.TotalSeconds * rate);
            for (; k < due; k++)
            {
                var length = Frame(buffer, k + 10, indexes[k % indexes.Length], k / indexes.Length % 20 + 1);
                if (ticks is not null)
                    ticks[k] = Stopwatch.GetTimestamp();
                await socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            await timer.WaitForNextTickAsync();
        }
        return (k, ticks ?? []);
    }

    // [{"OutputCmd":{"Id":N,"DeviceIndex":D,"FeatureIndex":0,"Command":{"Vibrate":{"Value":V}}}}], formatted in place.
    private static int Frame(Span<byte> buffer, int id, uint device, int value)
    {
        var at = 0;
        Append(buffer, ref at, "[{\"OutputCmd\":{\"Id\":"u8);
        Utf8Formatter.TryFormat(id, buffer[at..], out var n);
        at += n;
        Append(buffer, ref at, ",\"DeviceIndex\":"u8);
        Utf8Formatter.TryFormat(device, buffer[at..], out n);
        at += n;
        Append(buffer, ref at, ",\"FeatureIndex\":0,\"Command\":{\"Vibrate\":{\"Value\":"u8);
        Utf8Formatter.TryFormat(value, buffer[at..], out n);
        at += n;
        Append(buffer, ref at, "}}}}]"u8);
        return at;
    }

    private static void Append(Span<byte> buffer, ref int at, ReadOnlySpan<byte> text)
    {
        text.CopyTo(buffer[at..]);
        at += text.Length;
    }

    /// <summary>Send → write of each command to one device (the same matching as the main benchmark: a coalesced command completes at the write of a later one).</summary>
    private static List<double> ToWrite(Func<int, long> sentAt, Func<int, int> valueOf, int count, DeviceWrites writes)
    {
        var result = new List<double>(count);
        var resolved = -1; // commands 0..resolved are done
        for (var w = 0; w < writes.Count; w++)
        {
            var (ticks, value) = (writes.Ticks[w], writes.Values[w]);
            var newest = resolved;
            while (newest + 1 < count && sentAt(newest + 1) > 0 && sentAt(newest + 1) <= ticks)
                newest++;
            var match = -1;
            for (var s = newest; s > resolved && s > newest - 20; s--)
            {
                if (valueOf(s) == value)
                {
                    match = s;
                    break;
                }
            }
            if (match < 0)
                continue;
            for (var s = resolved + 1; s <= match; s++)
                result.Add(Stopwatch.GetElapsedTime(sentAt(s), ticks).TotalMicroseconds);
            resolved = match;
        }
        return result;
    }

    private static async Task ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                if (buffer.AsSpan(0, result.Count).IndexOf("\"Error\""u8) >= 0)
                    Interlocked.Increment(ref ErrorCount);
            }
        }
        catch (WebSocketException)
        {
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static double Percentile(double[] values, double p)
    {
        if (values.Length == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>When each write reached one simulated device and its value ("F0:Vibrate:{v};").</summary>
    private sealed class DeviceWrites
    {
        public readonly long[] Ticks;
        public readonly int[] Values;
        private int _count;

        public DeviceWrites(MemoryHardware hardware, int capacity)
        {
            Ticks = new long[capacity];
            Values = new int[capacity];
            hardware.OperationRecorded += (_, op) =>
            {
                if (op.Kind != HardwareOperationKind.Write || op.Data is not { } data)
                    return;
                var now = Stopwatch.GetTimestamp();
                var i = Interlocked.Increment(ref _count) - 1;
                if (i < Ticks.Length)
                {
                    Ticks[i] = now;
                    Values[i] = int.Parse(data.AsSpan(data.AsSpan().LastIndexOf((byte)':') + 1, data.Length - data.AsSpan().LastIndexOf((byte)':') - 2), CultureInfo.InvariantCulture);
                }
            };
        }

        public int Count => Math.Min(Volatile.Read(ref _count), Ticks.Length);

        public void Reset() => Volatile.Write(ref _count, 0);
    }
}
