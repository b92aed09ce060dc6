using System.Text;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// What the per-device scheduler alone allocates: a <see cref="ConnectedDevice"/> driven directly (no
/// client, no WebSocket, no parsing), with a protocol that returns cached packets and a hardware sink
/// that only counts, so every byte allocated is the scheduler's (and the runtime's under it).
/// </summary>
internal static class SchedulerAlone
{
    /// <summary>Queues <paramref name="count"/> commands one at a time, each written before the next (merge window on, drained per command as a client connection does).</summary>
    public static async Task<double> BytesPerWrittenCommandAsync(int count)
    {
        var sink = new SinkHardware();
        var bursts = new BurstSignal();
        await using var device = Create(sink, gapMs: 0, MergeWindow.Default, bursts);
        var commands = Commands();
        Run(device, sink, bursts, commands, 5_000); // warm-up: JIT, tiering, pools, dictionaries
        Run(device, sink, bursts, commands, 20_000);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        Run(device, sink, bursts, commands, count);
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)count;
    }

    /// <summary>A flood against a 1 ms gap: commands as fast as they can be queued; returns bytes per command and per write.</summary>
    public static async Task<(double PerCommand, double PerWrite)> FloodAsync(TimeSpan duration)
    {
        var sink = new SinkHardware();
        await using var device = Create(sink, gapMs: 1, TimeSpan.Zero, null);
        var commands = Commands();
        Flood(device, commands, TimeSpan.FromSeconds(0.5));
        var writes0 = sink.Count;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var n = Flood(device, commands, duration);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        return (bytes / (double)n, bytes / (double)Math.Max(1, sink.Count - writes0));
    }

    private static void Run(ConnectedDevice device, SinkHardware sink, BurstSignal bursts, OutputCommand[][] commands, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var target = sink.Count + 1;
            device.QueueOutputs(commands[i % 20 + 1]);
            bursts.Drained();
            var spin = new SpinWait();
            while (sink.Count < target)
                spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    private static long Flood(ConnectedDevice device, OutputCommand[][] commands, TimeSpan duration)
    {
        var until = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        long n = 0;
        while (System.Diagnostics.Stopwatch.GetTimestamp() < until)
        {
            device.QueueOutputs(commands[n % 20 + 1]);
            if (++n % 64 == 0)
                Thread.Yield();
        }
        return n;
    }

    private static OutputCommand[][] Commands() =>
        [.. Enumerable.Range(0, 21).Select(v => new[] { new OutputCommand(0, OutputType.Vibrate, v) })];

    private static ConnectedDevice Create(SinkHardware sink, uint gapMs, TimeSpan window, BurstSignal? bursts)
    {
        FeatureDefinition[] features = [new() { Index = 0, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 20) } } }];
        var configuration = new ResolvedDeviceConfiguration("sink", null, "Sink", gapMs, features, true);
        var handler = new CachedPackets(new ProtocolDevice(sink, configuration, NullLogger.Instance));
        var info = new DeviceInfo(0, "Sink", null, gapMs, features, [Endpoints.Tx]);
        return new ConnectedDevice(info, sink.Identity, "sink", "bench", sink, handler, NullLogger.Instance, TimeProvider.System, window, bursts);
    }

    /// <summary>One packet per vibration value, made once.</summary>
    private sealed class CachedPackets(ProtocolDevice device) : ProtocolHandler(device)
    {
        private readonly HardwareCommand[][] _packets =
            [.. Enumerable.Range(0, 21).Select(v => new[] { HardwareCommand.Write(Endpoints.Tx, Encoding.ASCII.GetBytes($"F0:Vibrate:{v};")) })];

        public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands) => _packets[commands[0].Value];

        public override IReadOnlyList<HardwareCommand> HandleStop() => _packets[0];
    }

    /// <summary>Counts writes; allocates nothing.</summary>
    private sealed class SinkHardware : IHardware
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public DeviceIdentity Identity { get; } = new() { Transport = "sink", Bus = BusKind.BluetoothLE, Address = "SINK", Name = "Sink" };

        public IReadOnlyCollection<string> Endpoints { get; } = [Sdk.Hardware.Endpoints.Tx];

        public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) => Task.FromResult(Array.Empty<byte>());

        public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => Task.CompletedTask;

        public event EventHandler<HardwareNotification>? Notification { add { } remove { } }

        public event EventHandler? Disconnected { add { } remove { } }

        public Task DisconnectAsync() => Task.CompletedTask;
    }
}
