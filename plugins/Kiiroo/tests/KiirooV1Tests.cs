using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>First-generation Pearl and Onyx: ASCII levels, the handshake, and the Onyx's stepping timer.</summary>
public class KiirooV1Tests
{
    private static readonly HardwareOperationKind[] HandshakeKinds =
        [HardwareOperationKind.Subscribe, HardwareOperationKind.Write, HardwareOperationKind.Write];

    private static HardwareCommand Level(char digit) => TestDevice.Tx((byte)digit, (byte)',', (byte)'\n');

    private static KiirooV1Protocol Protocol(TimeProvider time, TimeSpan tick, TimeSpan keepAlive) =>
        new() { Timing = new KiirooV1Timing(time, tick, keepAlive) };

    // A timer that never fires: the tests drive Tick() with a manual clock.
    private static KiirooV1Protocol ManualProtocol(ManualTime time) =>
        Protocol(time, Timeout.InfiniteTimeSpan, TimeSpan.FromMilliseconds(500));

    [Theory]
    [InlineData("PEARL", "Kiiroo Pearl")]
    [InlineData("ONYX", "Kiiroo Onyx")]
    public async Task Handshake_listens_selects_command_mode_and_homes(string name, string model)
    {
        var device = await ProtocolTestDevice.ConnectAsync(ManualProtocol(new ManualTime()), name);
        Assert.Equal(model, device.Model.Name);
        var ops = device.Hardware.Operations;
        Assert.Equal(HandshakeKinds, ops.Select(o => o.Kind));
        Assert.Equal(Endpoints.Rx, ops[0].Endpoint);
        Assert.Equal(
            [HardwareCommand.Write(Endpoints.Command, [0x01, 0x00], withResponse: true), TestDevice.TxWithResponse(0x30, 0x2c)],
            device.RecordedWrites());
        await device.Handler.DisposeAsync();
    }

    [Fact]
    public async Task Pearl_vibrates_with_ascii_levels()
    {
        var device = await ProtocolTestDevice.ConnectAsync(ManualProtocol(new ManualTime()), "PEARL");
        Assert.Equal([Level('2')], device.Vibrate((0, 0.5)));
        Assert.Equal([Level('2')], device.Vibrate((0, 0.3)));
        Assert.Equal([Level('1')], device.Vibrate((0, 0.01)));
        Assert.Equal([Level('4')], device.Vibrate((0, 1.0)));
        Assert.Equal([Level('0')], device.Handler.HandleStop());
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.HwPositionWithDuration, 2, 100)]));
        await device.Handler.DisposeAsync();
    }

    [Fact]
    public async Task Onyx_plays_a_timed_move_out_level_by_level()
    {
        var time = new ManualTime();
        var device = await ProtocolTestDevice.ConnectAsync(ManualProtocol(time), "ONYX");
        var handler = (KiirooV1Handler)device.Handler;

        // Position 0.0 is level 4 (the Onyx counts the other way); four steps over 400 ms.
        Assert.Empty(device.Linear(0, 0.0, 400));
        Assert.Empty(handler.Tick());
        time.Advance(49);
        Assert.Empty(handler.Tick());
        time.Advance(1);
        Assert.Equal([Level('1')], handler.Tick());
        time.Advance(50);
        Assert.Empty(handler.Tick());
        time.Advance(50);
        Assert.Equal([Level('2')], handler.Tick());
        time.Advance(100);
        Assert.Equal([Level('3')], handler.Tick());
        time.Advance(100);
        Assert.Equal([Level('4')], handler.Tick());
        time.Advance(50);
        Assert.Empty(handler.Tick());

        // An untimed move goes at once.
        Assert.Equal([Level('0')], device.Linear(0, 1.0, 0));
        Assert.Equal([Level('2')], device.Linear(0, 0.5, 0));
        await handler.DisposeAsync();
    }

    [Fact]
    public async Task Onyx_moves_jump_straight_when_late_and_skip_levels_on_short_moves()
    {
        var time = new ManualTime();
        var device = await ProtocolTestDevice.ConnectAsync(ManualProtocol(time), "ONYX");
        var handler = (KiirooV1Handler)device.Handler;

        Assert.Empty(device.Linear(0, 0.0, 100));
        time.Advance(300);
        Assert.Equal([Level('4')], handler.Tick());
        Assert.Empty(device.Linear(0, 1.0, 100));
        time.Advance(50);
        Assert.Equal([Level('2')], handler.Tick());
        time.Advance(50);
        Assert.Equal([Level('0')], handler.Tick());
        await handler.DisposeAsync();
    }

    [Fact]
    public async Task Onyx_repeats_its_level_when_idle()
    {
        var time = new ManualTime();
        var device = await ProtocolTestDevice.ConnectAsync(ManualProtocol(time), "ONYX");
        var handler = (KiirooV1Handler)device.Handler;

        time.Advance(499);
        Assert.Empty(handler.Tick());
        time.Advance(1);
        Assert.Equal([Level('0')], handler.Tick());
        time.Advance(100);
        Assert.Equal([Level('1')], device.Linear(0, 0.75, 0));
        time.Advance(499);
        Assert.Empty(handler.Tick());
        time.Advance(1);
        Assert.Equal([Level('1')], handler.Tick());
        await handler.DisposeAsync();
    }

    [Fact]
    public async Task Stop_abandons_the_onyx_move_in_progress()
    {
        var time = new ManualTime();
        var device = await ProtocolTestDevice.ConnectAsync(ManualProtocol(time), "ONYX");
        var handler = (KiirooV1Handler)device.Handler;

        Assert.Empty(device.Linear(0, 0.0, 1000));
        time.Advance(125);
        Assert.Equal([Level('1')], handler.Tick());
        Assert.Empty(handler.HandleStop());
        time.Advance(375);
        Assert.Empty(handler.Tick());
        time.Advance(125);
        Assert.Equal([Level('1')], handler.Tick()); // only the idle repeat, still at level 1
        await handler.DisposeAsync();
    }

    [Fact]
    public async Task Onyx_timer_sends_steps_and_repeats_until_disposed()
    {
        var device = await ProtocolTestDevice.ConnectAsync(Protocol(TimeProvider.System, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(40)), "ONYX");
        await WaitForAsync(() => device.RecordedWrites().Count(w => w.Equals(Level('0'))) >= 2);

        foreach (var command in device.Linear(0, 0.0, 100))
            await command.ExecuteAsync(device.Hardware, CancellationToken.None);
        await WaitForAsync(() => device.RecordedWrites().Contains(Level('4')));
        // How many intermediate levels a real timer gets to send depends on the machine's load;
        // the stepping itself is checked with the manual clock above.

        await device.Handler.DisposeAsync();
        var count = device.Hardware.Operations.Count;
        await Task.Delay(120);
        Assert.Equal(count, device.Hardware.Operations.Count);
        await device.Handler.DisposeAsync(); // a second disposal is harmless
    }

    [Fact]
    public async Task Pearl_runs_no_timer()
    {
        var device = await ProtocolTestDevice.ConnectAsync(Protocol(TimeProvider.System, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10)), "PEARL");
        await Task.Delay(80);
        Assert.Equal(3, device.Hardware.Operations.Count);
        await device.Handler.DisposeAsync();
    }

    [Fact]
    public async Task Onyx_timer_logs_and_carries_on_when_the_device_is_gone()
    {
        var log = new ListLogger();
        var device = await ProtocolTestDevice.ConnectAsync(Protocol(TimeProvider.System, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10)), "ONYX", logger: log);
        await device.Hardware.DisconnectAsync();
        // The timer may have written once more before the disconnect; after it, nothing more is written.
        var writesAtDisconnect = device.RecordedWrites().Count;
        await WaitForAsync(() => log.Count >= 2);
        Assert.Equal(writesAtDisconnect, device.RecordedWrites().Count);
        await device.Handler.DisposeAsync();
    }

    [Fact]
    public async Task Unknown_v1_devices_have_no_outputs()
    {
        var device = await ProtocolTestDevice.ConnectAsync(ManualProtocol(new ManualTime()), "ONYX-XL");
        Assert.False(device.Model.IsKnownModel);
        Assert.Empty(device.Handler.HandleStop());
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 1)]));
        await device.Handler.DisposeAsync();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the timer");
            await Task.Delay(5);
        }
    }

    private sealed class ListLogger : ILogger
    {
        private int _count;
        public int Count => Volatile.Read(ref _count);
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is HardwareException)
                Interlocked.Increment(ref _count);
        }
    }
}
