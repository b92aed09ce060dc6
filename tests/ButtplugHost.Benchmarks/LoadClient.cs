using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace ButtplugHost.Benchmarks;

/// <summary>What one run measured: per-command send and reply times, by Id (Ids are 1…Count).</summary>
internal sealed class RunResult(long[] sent, long[] replied, int count, double seconds)
{
    /// <summary>Bytes allocated in this process (client and server) per request.</summary>
    public double BytesPerRequest { get; set; }

    /// <summary>Process CPU time (client and server) per request, in microseconds.</summary>
    public double CpuMicrosPerRequest { get; set; }

    public long[] Sent { get; } = sent;
    public long[] Replied { get; } = replied;
    public int Count { get; } = count;
    public double Seconds { get; } = seconds;
    public double Throughput => Count / Seconds;

    /// <summary>Send → reply times in microseconds.</summary>
    public double[] RoundTrips() =>
        Enumerable.Range(1, Count).Where(i => Replied[i] > 0).Select(i => Stopwatch.GetElapsedTime(Sent[i], Replied[i]).TotalMicroseconds).ToArray();
}

/// <summary>
/// A WebSocket client that sends OutputCmd frames (to the Buttplug server or the echo server alike)
/// and matches each reply to its request by Id: either keeping N requests in flight for a while, or at
/// a fixed rate. Values cycle 1…20 so consecutive commands always differ.
/// </summary>
internal sealed class LoadClient : IAsyncDisposable
{
    private const int Capacity = 2_000_000;
    private readonly ClientWebSocket _socket = new();
    private readonly long[] _sent = new long[Capacity];
    private readonly long[] _replied = new long[Capacity];
    private uint _deviceIndex;
    private int _used = Capacity;

    public static async Task<LoadClient> ConnectAsync(string url)
    {
        var client = new LoadClient();
        await client._socket.ConnectAsync(new Uri(url), CancellationToken.None);
        return client;
    }

    public static int ValueOf(int id) => id % 20 + 1;

    /// <summary>Buttplug handshake (v4), scan, wait for the device; returns its index.</summary>
    public async Task<uint> HandshakeAndFindDeviceAsync()
    {
        await SendTextAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"bench","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
        await SendTextAsync("""[{"StartScanning":{"Id":2}}]""");
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            var text = await ReceiveTextAsync();
            var at = text.IndexOf("\"DeviceIndex\":", StringComparison.Ordinal);
            if (text.Contains("DeviceList", StringComparison.Ordinal) && at >= 0)
            {
                _deviceIndex = uint.Parse(text.AsSpan(at + 14, text.IndexOfAny([',', '}'], at + 14) - at - 14), System.Globalization.CultureInfo.InvariantCulture);
                return _deviceIndex;
            }
        }
        throw new TimeoutException("The simulated device never appeared.");
    }

    /// <summary>The device the runs send to (by default the one the handshake found).</summary>
    public uint DeviceIndex { get => _deviceIndex; set => _deviceIndex = value; }

    /// <summary>Sends one frame as it is; its reply is left to the next run's receiver (which ignores Ids it did not send).</summary>
    public Task SendRawAsync(string frame) => SendTextAsync(frame);

    private byte[] Frame(int id) => Encoding.UTF8.GetBytes(
        $"[{{\"OutputCmd\":{{\"Id\":{id},\"DeviceIndex\":{_deviceIndex},\"FeatureIndex\":0,\"Command\":{{\"Vibrate\":{{\"Value\":{ValueOf(id)}}}}}}}}}]");

    /// <summary>Keeps <paramref name="inFlight"/> requests outstanding for <paramref name="duration"/>.</summary>
    public async Task<RunResult> RunInFlightAsync(int inFlight, TimeSpan duration, int firstId)
    {
        Array.Clear(_sent, 0, Math.Min(_sent.Length, _used));
        Array.Clear(_replied, 0, Math.Min(_replied.Length, _used));
        _used = 0;
        using var slots = new SemaphoreSlim(inFlight, inFlight);
        var receiver = ReceiveRepliesAsync(slots);
        var (bytes0, cpu0) = (GC.GetTotalAllocatedBytes(), Process.GetCurrentProcess().TotalProcessorTime);
        var clock = Stopwatch.StartNew();
        var id = firstId;
        while (clock.Elapsed < duration)
        {
            await slots.WaitAsync();
            _sent[id] = Stopwatch.GetTimestamp();
            await _socket.SendAsync(Frame(id), WebSocketMessageType.Text, true, CancellationToken.None);
            id++;
        }
        for (var i = 0; i < inFlight; i++)
            await slots.WaitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        _stopReceiving = true;
        await SendTextAsync("""[{"Ping":{"Id":3999999}}]""");
        await receiver;
        _stopReceiving = false;
        var (bytes1, cpu1) = (GC.GetTotalAllocatedBytes(), Process.GetCurrentProcess().TotalProcessorTime);
        var n = id - firstId;
        _used = id + 1;
        return new RunResult(_sent[..(id + 1)], _replied[..(id + 1)], n, seconds)
        {
            BytesPerRequest = (bytes1 - bytes0) / (double)n,
            CpuMicrosPerRequest = (cpu1 - cpu0).TotalMicroseconds / n,
        };
    }

    /// <summary>Sends <paramref name="perSecond"/> requests a second for <paramref name="duration"/> without waiting for replies.</summary>
    public async Task<RunResult> RunPacedAsync(int perSecond, TimeSpan duration, int firstId)
    {
        Array.Clear(_sent, 0, Math.Min(_sent.Length, _used));
        Array.Clear(_replied, 0, Math.Min(_replied.Length, _used));
        _used = 0;
        using var unlimited = new SemaphoreSlim(int.MaxValue / 2);
        var receiver = ReceiveRepliesAsync(unlimited);
        var (bytes0, cpu0) = (GC.GetTotalAllocatedBytes(), Process.GetCurrentProcess().TotalProcessorTime);
        var clock = Stopwatch.StartNew();
        var id = firstId;
        var total = (int)(perSecond * duration.TotalSeconds);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1));
        while (id - firstId < total)
        {
            var due = (int)Math.Min(total, clock.Elapsed.TotalSeconds * perSecond);
            while (id - firstId < due)
            {
                _sent[id] = Stopwatch.GetTimestamp();
                await _socket.SendAsync(Frame(id), WebSocketMessageType.Text, true, CancellationToken.None);
                id++;
            }
            await timer.WaitForNextTickAsync();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        await Task.Delay(200);
        _stopReceiving = true;
        await SendTextAsync("""[{"Ping":{"Id":3999999}}]""");
        await receiver;
        _stopReceiving = false;
        var (bytes1, cpu1) = (GC.GetTotalAllocatedBytes(), Process.GetCurrentProcess().TotalProcessorTime);
        var n = id - firstId;
        _used = id + 1;
        return new RunResult(_sent[..(id + 1)], _replied[..(id + 1)], n, seconds)
        {
            BytesPerRequest = (bytes1 - bytes0) / (double)n,
            CpuMicrosPerRequest = (cpu1 - cpu0).TotalMicroseconds / n,
        };
    }

    private volatile bool _stopReceiving;

    private async Task ReceiveRepliesAsync(SemaphoreSlim slots)
    {
        var buffer = new byte[1 << 16];
        while (true)
        {
            var count = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                count += result.Count;
            }
            while (!result.EndOfMessage);
            var now = Stopwatch.GetTimestamp();
            // Every reply frame here holds one message whose first "Id" is the request's.
            var id = ParseId(buffer.AsSpan(0, count));
            if (id == 3999999 && _stopReceiving)
                return;
            if (id > 0 && id < Capacity && _replied[id] == 0)
            {
                _replied[id] = now;
                slots.Release();
            }
        }
    }

    private static int ParseId(ReadOnlySpan<byte> frame)
    {
        var at = frame.IndexOf("\"Id\":"u8);
        if (at < 0)
            return -1;
        var value = 0;
        for (var i = at + 5; i < frame.Length && frame[i] is >= (byte)'0' and <= (byte)'9'; i++)
            value = value * 10 + (frame[i] - '0');
        return value;
    }

    private Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<string> ReceiveTextAsync()
    {
        var buffer = new byte[1 << 16];
        var count = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
            count += result.Count;
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(buffer, 0, count);
    }

    public async ValueTask DisposeAsync()
    {
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
