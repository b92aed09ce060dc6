using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Satisfyer.Tests;

/// <summary>The keep-alive (the SDK's KeepAlive) re-sends the last packet while the toy hears nothing, on a fake clock.</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Interval = SatisfyerProtocol.DefaultKeepAliveInterval;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private readonly FakeTimeProvider _clock = new();

    private SatisfyerProtocol Protocol() => new(time: _clock);

    [Fact]
    public async Task The_stop_sent_on_connect_is_repeated_every_3_s_while_nothing_else_is_sent()
    {
        var hardware = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0xB0]);
        await using var device = await TestDevice.ConnectAsync(hardware, Protocol());
        var start = TxWrites(hardware).Count;

        _clock.Advance(Interval - Tick);
        Assert.Equal(start, TxWrites(hardware).Count);
        _clock.Advance(Tick);
        _clock.Advance(Interval);
        Assert.Equal([new byte[8], new byte[8]], TxWrites(hardware).Skip(start));
    }

    [Fact]
    public async Task The_latest_packet_is_what_gets_repeated()
    {
        var hardware = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0xB0]);
        await using var device = await TestDevice.ConnectAsync(hardware, Protocol());
        foreach (var command in device.Vibrate((0, 0.5), (1, 0.25)))
            await command.ExecuteAsync(hardware, CancellationToken.None);
        var sent = TxWrites(hardware).Count;

        _clock.Advance(Interval * 2);
        Assert.Equal([[0x32, 0x32, 0x32, 0x32, 0x19, 0x19, 0x19, 0x19], [0x32, 0x32, 0x32, 0x32, 0x19, 0x19, 0x19, 0x19]], TxWrites(hardware).Skip(sent));
    }

    [Fact]
    public async Task After_a_stop_only_the_stop_packet_is_repeated()
    {
        var hardware = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0x15]);
        await using var device = await TestDevice.ConnectAsync(hardware, Protocol());
        foreach (var command in device.Vibrate((0, 1.0)))
            await command.ExecuteAsync(hardware, CancellationToken.None);
        foreach (var command in device.Handler.HandleStop())
            await command.ExecuteAsync(hardware, CancellationToken.None);
        var sent = TxWrites(hardware).Count;

        _clock.Advance(Interval * 3);
        Assert.Equal([new byte[4], new byte[4], new byte[4]], TxWrites(hardware).Skip(sent));
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var hardware = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0x15]);
        var device = await TestDevice.ConnectAsync(hardware, Protocol());
        _clock.Advance(Interval);
        await device.DisposeAsync();
        var count = hardware.Writes.Count;

        _clock.Advance(Interval * 5);
        Assert.Equal(count, hardware.Writes.Count);
    }

    [Fact]
    public async Task A_failed_keep_alive_ends_the_repeats_without_crashing()
    {
        var memory = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0x15]);
        var hardware = new CountingHardware(memory);
        var protocol = Protocol();
        var model = protocol.Definition.Resolve(await protocol.IdentifyAsync(hardware, CancellationToken.None));
        await using var handler = protocol.CreateHandler(new Sdk.Protocols.ProtocolDevice(hardware, model, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        var afterStart = hardware.WriteAttempts;
        await hardware.DisconnectAsync();

        // One repeat is attempted and fails; after that, silence.
        _clock.Advance(Interval);
        Assert.Equal(afterStart + 1, hardware.WriteAttempts);
        _clock.Advance(Interval * 5);
        Assert.Equal(afterStart + 1, hardware.WriteAttempts);
        Assert.True(memory.IsDisconnected);
    }

    [Fact]
    public void The_interval_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfyerProtocol(TimeSpan.Zero));

    private static List<byte[]> TxWrites(MemoryHardware hardware) =>
        [.. hardware.Writes.Where(w => w.Endpoint == "tx").Select(w => w.Data)];
}
