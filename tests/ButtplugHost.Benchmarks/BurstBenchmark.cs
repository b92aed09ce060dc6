using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// The merge window's effect (issue 11), on a simulated test device with a 100 ms gap like a Bluetooth
/// toy: a v4 client sets N outputs with one OutputCmd each, in separate frames sent back to back, and we
/// time client send (first frame) → the device holding every value, and count the write batches it took.
/// N = 1 is an isolated command. Each sample starts with the device idle (one gap after the last write).
/// </summary>
internal sealed class BurstBenchmark : IAsyncDisposable
{
    // Features of the test device: vibrate 0–20, vibrate 0–10, rotate −20…20, oscillate 0–10.
    private static readonly (int Feature, string Type)[] Outputs = [(0, "Vibrate"), (1, "Vibrate"), (2, "Rotate"), (4, "Oscillate")];
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(110);

    private readonly ClientWebSocket _socket = new();
    private readonly ServerUnderTest _server;
    private readonly object _gate = new();
    private ConnectedDevice _device = null!;
    private uint _index;
    private int _id = 10;
    private int _sample; // across runs, so consecutive samples always carry new values (an unchanged one is not written)
    // The sample in progress: the values awaited, and when the last of them was written.
    private Dictionary<string, bool>? _awaited;
    private TaskCompletionSource<long>? _complete;

    private BurstBenchmark(ServerUnderTest server) => _server = server;

    public static async Task<BurstBenchmark> ConnectAsync(ServerUnderTest server)
    {
        var bench = new BurstBenchmark(server);
        await bench._socket.ConnectAsync(new Uri(server.Url), CancellationToken.None);
        await bench.SendAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"burst bench","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
        await bench.SendAsync("""[{"StartScanning":{"Id":2}}]""");
        bench._index = await bench.FindDeviceAsync();
        bench._device = server.Device(bench._index);
        ((MemoryHardware)bench._device.Hardware).OperationRecorded += bench.OnOperation;
        _ = bench.DiscardRepliesAsync();
        return bench;
    }

    /// <summary>Runs bursts of <paramref name="n"/> outputs for <paramref name="duration"/>: send→write latencies (µs) and batches per burst.</summary>
    public async Task<(double[] Micros, double BatchesPerBurst)> RunAsync(int n, TimeSpan duration)
    {
        var micros = new List<double>();
        long batches = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var value = _sample++ % 10 + 1;
            var frames = Outputs.Take(n).Select(o => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"[{{\"OutputCmd\":{{\"Id\":{_id++},\"DeviceIndex\":{_index},\"FeatureIndex\":{o.Feature},\"Command\":{{\"{o.Type}\":{{\"Value\":{value}}}}}}}}}]"))).ToArray();
            var complete = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _awaited = Outputs.Take(n).ToDictionary(o => string.Create(CultureInfo.InvariantCulture, $"F{o.Feature}:{o.Type}:{value};"), _ => false);
                _complete = complete;
            }
            var batchesBefore = _device.BatchesSent;
            var sent = Stopwatch.GetTimestamp();
            foreach (var frame in frames)
                await _socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
            var written = await complete.Task.WaitAsync(TimeSpan.FromSeconds(5));
            micros.Add(Stopwatch.GetElapsedTime(sent, written).TotalMicroseconds);
            await Task.Delay(Idle); // the device is idle again: the next sample is not coalesced into this one
            batches += _device.BatchesSent - batchesBefore;
        }
        return ([.. micros], micros.Count == 0 ? 0 : batches / (double)micros.Count);
    }

    private void OnOperation(object? sender, HardwareOperation op)
    {
        if (op.Kind != HardwareOperationKind.Write || op.Data is not { } data)
            return;
        var now = Stopwatch.GetTimestamp();
        var text = Encoding.ASCII.GetString(data);
        TaskCompletionSource<long>? done = null;
        lock (_gate)
        {
            if (_awaited is null || !_awaited.ContainsKey(text))
                return;
            _awaited[text] = true;
            if (_awaited.Values.All(v => v))
            {
                done = _complete;
                _awaited = null;
            }
        }
        done?.TrySetResult(now);
    }

    private async Task<uint> FindDeviceAsync()
    {
        var buffer = new byte[1 << 16];
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            var count = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                count += result.Count;
            }
            while (!result.EndOfMessage);
            var text = Encoding.UTF8.GetString(buffer, 0, count);
            var at = text.IndexOf("\"DeviceIndex\":", StringComparison.Ordinal);
            if (text.Contains("DeviceList", StringComparison.Ordinal) && at >= 0)
                return uint.Parse(text.AsSpan(at + 14, text.IndexOfAny([',', '}'], at + 14) - at - 14), CultureInfo.InvariantCulture);
        }
        throw new TimeoutException("The simulated device never appeared.");
    }

    private Task SendAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task DiscardRepliesAsync()
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                // Replies are Oks; anything else (an Error) would make the figures meaningless: show it.
                if (buffer.AsSpan(0, result.Count).IndexOf("\"Error\""u8) >= 0)
                    Console.Error.WriteLine("server: " + Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
        }
        catch (WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        ((MemoryHardware)_device.Hardware).OperationRecorded -= OnOperation;
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", new CancellationTokenSource(3000).Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        _socket.Dispose();
    }
}
