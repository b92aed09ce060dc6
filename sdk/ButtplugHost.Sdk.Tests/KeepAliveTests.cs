using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Sdk.Tests;

/// <summary>The keep-alive on a fake clock: what is repeated, when, and when it stops.</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(3000);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private readonly FakeTimeProvider _clock = new();
    private readonly MemoryHardware _hardware = MemoryHardware.Create("Toy", Endpoints.Tx, Endpoints.Command);

    private List<string> Writes() => [.. _hardware.Writes.Select(w => $"{w.Endpoint} {Convert.ToHexString(w.Data)}")];

    [Fact]
    public async Task Nothing_is_repeated_before_a_packet_is_given()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        _clock.Advance(Interval * 5);
        Assert.Empty(_hardware.Writes);
        Assert.Null(keepAlive.Packet);
    }

    [Fact]
    public async Task The_packet_is_repeated_once_per_quiet_interval()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        keepAlive.Repeat(Endpoints.Tx, [0x01, 0x02]);

        _clock.Advance(Interval - Tick);
        Assert.Empty(_hardware.Writes);
        _clock.Advance(Tick);
        Assert.Equal(["tx 0102"], Writes());
        _clock.Advance(Interval);
        Assert.Equal(["tx 0102", "tx 0102"], Writes());
        Assert.Equal(2, keepAlive.RepeatCount);
    }

    [Fact]
    public async Task A_new_packet_restarts_the_quiet_time_and_replaces_the_old_one()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        keepAlive.Repeat(Endpoints.Tx, [0x01]);
        _clock.Advance(Interval - Tick);
        keepAlive.Repeat(Endpoints.Tx, [0x02]);
        _clock.Advance(Interval - Tick);
        Assert.Empty(_hardware.Writes);
        _clock.Advance(Tick);
        Assert.Equal(["tx 02"], Writes());
    }

    [Fact]
    public async Task Track_repeats_the_last_write_of_a_batch_and_returns_the_batch()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        IReadOnlyList<HardwareCommand> batch =
        [
            HardwareCommand.Write(Endpoints.Tx, [0x0A]),
            HardwareCommand.Write(Endpoints.Command, [0x0B], withResponse: true),
            HardwareCommand.Subscribe(Endpoints.Tx),
        ];
        Assert.Same(batch, keepAlive.Track(batch));
        Assert.Equal(new HardwareWrite(Endpoints.Command, [0x0B], true), keepAlive.Packet);

        _clock.Advance(Interval);
        Assert.Equal([(Endpoints.Command, true)], _hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write).Select(o => (o.Endpoint, o.WithResponse)));
    }

    [Fact]
    public async Task A_batch_without_writes_changes_nothing()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        keepAlive.Repeat(Endpoints.Tx, [0x01]);
        _clock.Advance(Interval - Tick);
        keepAlive.Track([HardwareCommand.Subscribe(Endpoints.Tx)]);
        _clock.Advance(Tick);
        Assert.Equal(["tx 01"], Writes());
    }

    [Fact]
    public async Task Touch_postpones_the_repeat_and_keeps_the_packet()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        keepAlive.Repeat(Endpoints.Tx, [0x07]);
        _clock.Advance(Interval - Tick);
        keepAlive.Touch();
        _clock.Advance(Interval - Tick);
        Assert.Empty(_hardware.Writes);
        _clock.Advance(Tick);
        Assert.Equal(["tx 07"], Writes());
    }

    [Fact]
    public async Task Pause_stops_the_repeats_until_the_next_packet()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        keepAlive.Repeat(Endpoints.Tx, [0x01]);
        keepAlive.Pause();
        keepAlive.Touch();
        _clock.Advance(Interval * 3);
        Assert.Empty(_hardware.Writes);

        keepAlive.Repeat(Endpoints.Tx, [0x00]);
        _clock.Advance(Interval);
        Assert.Equal(["tx 00"], Writes());
    }

    [Fact]
    public async Task Disposing_ends_the_repeats_for_good()
    {
        var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        keepAlive.Repeat(Endpoints.Tx, [0x01]);
        _clock.Advance(Interval);
        await keepAlive.DisposeAsync();
        await keepAlive.DisposeAsync();
        keepAlive.Repeat(Endpoints.Tx, [0x02]);
        keepAlive.Touch();
        _clock.Advance(Interval * 5);
        Assert.Equal(["tx 01"], Writes());
        Assert.Null(keepAlive.Packet);
    }

    [Fact]
    public async Task A_failed_repeat_is_logged_and_ends_the_repeats()
    {
        var logs = new CollectingLoggerFactory();
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock, logs.CreateLogger("test"));
        keepAlive.Repeat(Endpoints.Tx, [0x01]);
        await _hardware.DisconnectAsync();

        _clock.Advance(Interval);
        _clock.Advance(Interval * 5);

        Assert.Empty(_hardware.Writes);
        Assert.Null(keepAlive.Packet);
        Assert.Equal(0, keepAlive.RepeatCount);
        Assert.Single(logs.Lines, l => l.Message.Contains("Keep-alive to Toy failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_built_packet_is_made_afresh_at_each_repeat_and_touch_postpones_it()
    {
        await using var keepAlive = new KeepAlive(_hardware, Interval, _clock);
        byte counter = 0;
        keepAlive.Repeat(() => new HardwareWrite(Endpoints.Tx, [++counter], WithResponse: true));

        _clock.Advance(Interval);
        _clock.Advance(Interval - Tick);
        keepAlive.Touch();
        _clock.Advance(Interval - Tick);
        Assert.Equal(["tx 01"], Writes());
        _clock.Advance(Tick);

        Assert.Equal(["tx 01", "tx 02"], Writes());
        Assert.All(_hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write), o => Assert.True(o.WithResponse));
        Assert.Null(keepAlive.Packet);
        keepAlive.Pause();
        _clock.Advance(Interval * 3);
        Assert.Equal(2, counter);
    }

    [Fact]
    public void The_interval_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeepAlive(_hardware, TimeSpan.Zero, _clock));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeepAlive(_hardware, TimeSpan.FromSeconds(-1), _clock));
    }
}
