using System.Globalization;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Session;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Tests.Devices.Scheduling;

/// <summary>
/// The allocation-free scheduler loop (one loop, one wake-up signal and one timer per device): latest
/// value wins, one write per gap, stops preempt, keep-alive goes on beside it, a vanished device fails
/// its waiters and the loop still ends cleanly. Every wait is on an event (a write, an armed timer, a
/// task), bounded only to fail.
/// </summary>
public sealed class SchedulerLoopTests : IAsyncDisposable
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly ManualTime _clock = new();
    private readonly MemoryHardware _hardware = MemoryHardware.Create("loop test");
    private readonly List<ConnectedDevice> _devices = [];
    private readonly DateTimeOffset _start;

    public SchedulerLoopTests() => _start = _clock.GetUtcNow();

    private static readonly FeatureDefinition[] Features =
    [
        new() { Index = 0, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 20) } } },
    ];

    private ConnectedDevice Device(TimeProvider time, IHardware? hardware = null, TimeSpan window = default, BurstSignal? bursts = null,
        Func<ProtocolDevice, ProtocolHandler>? handler = null)
    {
        hardware ??= _hardware;
        var configuration = new ResolvedDeviceConfiguration("loop", null, "Loop Test", 100, Features, true);
        var protocolDevice = new ProtocolDevice(hardware, configuration, NullLogger.Instance);
        var info = new DeviceInfo(0, "Loop Test", null, 100, Features, [Endpoints.Tx]);
        var device = new ConnectedDevice(info, hardware.Identity, "loop", "test", hardware, handler?.Invoke(protocolDevice) ?? new ValueHandler(protocolDevice),
            NullLogger.Instance, time, window, bursts);
        _devices.Add(device);
        return device;
    }

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    private List<string> Writes() => _hardware.AsciiWrites();

    private Task<List<string>> WritesAsync(int count) => _hardware.WaitForAsciiWritesAsync(count, Bound);

    [Fact]
    public async Task The_latest_value_wins_and_each_gap_gets_one_write()
    {
        var device = Device(_clock);
        device.QueueOutputs([Vibrate(20)]);
        Assert.Equal(["20"], await WritesAsync(1));
        // Round r ends on value r: each round's last value differs from the one written before it.
        for (var round = 1; round <= 4; round++)
        {
            for (var v = 0; v < 100; v++)
                device.QueueOutputs([Vibrate((v + round) % 20 + 1)]);
            // The loop is provably waiting for this gap's end: nothing more can be written before it.
            await _clock.WhenTimerArmedAsync(_start + Gap * round);
            Assert.Equal(round, Writes().Count);
            _clock.Advance(Gap);
            var written = await WritesAsync(round + 1);
            Assert.Equal(((99 + round) % 20 + 1).ToString(CultureInfo.InvariantCulture), written[^1]);
            await device.FlushAsync(CancellationToken.None).WaitAsync(Bound);
            Assert.Equal(round + 1, Writes().Count);
        }
        Assert.Equal(5, device.BatchesSent);
    }

    [Fact]
    public async Task A_stop_preempts_the_value_waiting_for_the_gap()
    {
        var device = Device(_clock);
        device.QueueOutputs([Vibrate(5)]);
        await WritesAsync(1);
        device.QueueOutputs([Vibrate(9)]);
        await _clock.WhenTimerArmedAsync(_start + Gap);
        var stopped = device.StopAsync(inputs: false);
        _clock.Advance(Gap);
        await stopped.WaitAsync(Bound);
        await device.FlushAsync(CancellationToken.None).WaitAsync(Bound);
        Assert.Equal(["5", "0"], Writes()); // 9 was dropped, never written
    }

    [Fact]
    public async Task A_stop_ends_a_held_burst_at_once_and_drops_it()
    {
        var bursts = new BurstSignal();
        var device = Device(_clock, window: TimeSpan.FromSeconds(1), bursts: bursts);
        device.QueueOutputs([Vibrate(5)]);
        await _clock.WhenTimerArmedAsync(_start + TimeSpan.FromSeconds(1)); // holding the burst
        await device.StopAsync(inputs: false).WaitAsync(Bound); // no drain, no clock movement
        Assert.Equal(["0"], Writes());
        bursts.Drained();
        await device.FlushAsync(CancellationToken.None).WaitAsync(Bound);
        Assert.Equal(["0"], Writes());
    }

    [Fact]
    public async Task Keep_alive_repeats_go_on_beside_the_scheduler_and_repeat_the_stop_after_a_stop()
    {
        var time = new FakeTimeProvider();
        var interval = TimeSpan.FromSeconds(1);
        var device = Device(time, handler: d => new KeepAliveHandler(d, interval, time));
        device.QueueOutputs([Vibrate(5)]);
        Assert.Equal(["5"], await WritesAsync(1));
        await device.FlushAsync(CancellationToken.None).WaitAsync(Bound);
        time.Advance(interval);
        Assert.Equal(["5", "5"], await WritesAsync(2)); // repeated by the keep-alive
        device.QueueOutputs([Vibrate(7)]); // the gap has long passed: written at once
        Assert.Equal("7", (await WritesAsync(3))[^1]);
        await device.FlushAsync(CancellationToken.None).WaitAsync(Bound);
        time.Advance(interval);
        Assert.Equal("7", (await WritesAsync(4))[^1]);
        var stopped = device.StopAsync(inputs: false);
        time.Advance(Gap);
        await stopped.WaitAsync(Bound);
        Assert.Equal("0", (await WritesAsync(5))[^1]);
        time.Advance(interval);
        Assert.Equal(["5", "5", "7", "7", "0", "0"], await WritesAsync(6)); // the stop packet is what is repeated now
    }

    [Fact]
    public async Task A_device_gone_mid_command_fails_its_stop_raises_Faulted_and_still_ends_cleanly()
    {
        var time = new CountingTime(_clock);
        var bursts = new BurstSignal();
        var device = Device(time, window: TimeSpan.FromMilliseconds(2), bursts: bursts);
        var faulted = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        device.Faulted += (_, e) => faulted.TrySetResult(e);
        device.QueueOutputs([Vibrate(5)]);
        bursts.Drained();
        await WritesAsync(1);
        await _hardware.DisconnectAsync(); // the toy vanishes
        device.QueueOutputs([Vibrate(9)]);
        var stopped = device.StopAsync(inputs: false);
        _clock.Advance(Gap);
        await Assert.ThrowsAsync<HardwareException>(() => stopped.WaitAsync(Bound));
        Assert.IsType<HardwareException>(await faulted.Task.WaitAsync(Bound));
        await device.FlushAsync(CancellationToken.None).WaitAsync(Bound); // readers are not left waiting
        Assert.Equal(["5"], Writes());

        await device.DisposeAsync();
        Assert.False(device.SchedulerRunning);
        Assert.Equal(0, time.LiveTimers); // the loop's one timer is gone with it
        bursts.Drained(); // nothing of the device is left to wake
    }

    [Fact]
    public async Task A_write_that_never_returns_does_not_keep_the_device_from_being_disposed()
    {
        var hung = new HungHardware();
        var device = Device(_clock, hung);
        device.QueueOutputs([Vibrate(5)]);
        await hung.Entered.Task.WaitAsync(Bound);
        await device.DisposeAsync().AsTask().WaitAsync(Bound);
        Assert.False(device.SchedulerRunning);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var device in _devices)
            await device.DisposeAsync();
    }

    /// <summary>Writes each batch's value as text ("5"); the stop is "0".</summary>
    private sealed class ValueHandler(ProtocolDevice device) : ProtocolHandler(device)
    {
        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand c) =>
            [HardwareCommand.Write(Endpoints.Tx, c.Value.ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>Like <see cref="ValueHandler"/>, with the SDK keep-alive repeating the last packet.</summary>
    private sealed class KeepAliveHandler(ProtocolDevice device, TimeSpan interval, TimeProvider time) : ProtocolHandler(device)
    {
        private readonly KeepAlive _keepAlive = new(device.Hardware, interval, time);

        public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands) =>
            _keepAlive.Track([HardwareCommand.Write(Endpoints.Tx, commands[^1].Value.ToString(CultureInfo.InvariantCulture))]);

        public override async ValueTask DisposeAsync()
        {
            await _keepAlive.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    /// <summary>A clock that counts the timers created on it and not yet disposed.</summary>
    private sealed class CountingTime(TimeProvider inner) : TimeProvider
    {
        private int _live;

        public int LiveTimers => Volatile.Read(ref _live);

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _live);
            return new Counted(this, inner.CreateTimer(callback, state, dueTime, period));
        }

        private sealed class Counted(CountingTime owner, ITimer timer) : ITimer
        {
            private int _disposed;

            public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(dueTime, period);

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                    Interlocked.Decrement(ref owner._live);
                timer.Dispose();
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }

    /// <summary>A device whose writes never complete and ignore cancellation (a plugin that hangs).</summary>
    private sealed class HungHardware : IHardware
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public DeviceIdentity Identity { get; } = new() { Transport = "hung", Bus = BusKind.BluetoothLE, Address = "HUNG", Name = "Hung" };

        public IReadOnlyCollection<string> Endpoints { get; } = [Sdk.Hardware.Endpoints.Tx];

        public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            return new TaskCompletionSource().Task;
        }

        public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) => Task.FromResult(Array.Empty<byte>());

        public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => Task.CompletedTask;

        public event EventHandler<HardwareNotification>? Notification { add { } remove { } }

        public event EventHandler? Disconnected { add { } remove { } }

        public Task DisconnectAsync() => Task.CompletedTask;
    }
}
