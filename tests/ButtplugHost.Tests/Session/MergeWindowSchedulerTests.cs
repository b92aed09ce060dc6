using System.Globalization;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Tests.Session;

/// <summary>
/// The merge window of the per-device scheduler, on a manual clock and a hand-raised "frames drained"
/// signal: a two-motor toy whose one packet carries both motors. The test knows the scheduler is holding
/// a burst because it has armed the window's timer; nothing moves until the test drains or advances time.
/// </summary>
public sealed class MergeWindowSchedulerTests : IAsyncDisposable
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(2);
    private readonly ManualTime _time = new();
    private readonly MemoryHardware _hardware = MemoryHardware.Create("merge test");
    private readonly BurstSignal _bursts = new();
    private readonly List<ConnectedDevice> _devices = [];
    private readonly DateTimeOffset _start;

    public MergeWindowSchedulerTests() => _start = _time.GetUtcNow();

    private ConnectedDevice Device(TimeSpan window)
    {
        FeatureDefinition[] features =
        [
            new() { Index = 0, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 20) } } },
            new() { Index = 1, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 20) } } },
        ];
        var configuration = new ResolvedDeviceConfiguration("dual", null, "Dual Test", 100, features, true);
        var handler = new DualMotorHandler(new ProtocolDevice(_hardware, configuration, NullLogger.Instance));
        var info = new DeviceInfo(0, "Dual Test", null, 100, features, [Endpoints.Tx]);
        var device = new ConnectedDevice(info, _hardware.Identity, "dual", "test", _hardware, handler, NullLogger.Instance, _time, window, _bursts);
        _devices.Add(device);
        return device;
    }

    private static OutputCommand Motor(int feature, int value) => new(feature, OutputType.Vibrate, value);

    private List<string> Writes() => _hardware.AsciiWrites();

    private Task<List<string>> WritesAsync(int count) => _hardware.WaitForAsciiWritesAsync(count, TimeSpan.FromSeconds(10));

    /// <summary>Waits until the scheduler has written everything queued: no later write can follow without a new command.</summary>
    private static Task IdleAsync(ConnectedDevice device) => device.FlushAsync(CancellationToken.None);

    [Fact]
    public async Task An_isolated_command_is_written_as_soon_as_the_client_has_drained_its_frames()
    {
        var device = Device(Window);
        device.QueueOutputs([Motor(0, 5)]);
        _bursts.Drained();
        // The clock never moves: neither the window nor the gap is waited for.
        Assert.Equal(["5,0"], await WritesAsync(1));
        await IdleAsync(device);
        Assert.Equal(1, device.BatchesSent);
    }

    [Fact]
    public async Task Commands_of_one_burst_go_out_in_one_packet_when_the_client_has_drained()
    {
        var device = Device(Window);
        _bursts.Drained(); // an earlier drain does not end a burst that starts after it
        device.QueueOutputs([Motor(0, 5)]);
        await _time.WhenTimerArmedAsync(_start + Window); // holding the burst
        device.QueueOutputs([Motor(1, 7)]);
        Assert.Empty(Writes());
        _bursts.Drained();
        Assert.Equal(["5,7"], await WritesAsync(1));
        await IdleAsync(device);
        Assert.Equal(["5,7"], Writes());
        Assert.Equal(1, device.BatchesSent);
    }

    [Fact]
    public async Task Without_a_drain_the_window_ends_the_hold()
    {
        var device = Device(Window);
        device.QueueOutputs([Motor(0, 5)]);
        device.QueueOutputs([Motor(1, 7)]);
        await _time.WhenTimerArmedAsync(_start + Window);
        Assert.Empty(Writes());
        _time.Advance(Window);
        Assert.Equal(["5,7"], await WritesAsync(1));
        await IdleAsync(device);
        Assert.Equal(1, device.BatchesSent);
    }

    [Fact]
    public async Task A_window_of_zero_writes_the_first_command_alone_as_before()
    {
        var device = Device(TimeSpan.Zero);
        device.QueueOutputs([Motor(0, 5)]);
        Assert.Equal(["5,0"], await WritesAsync(1));
        device.QueueOutputs([Motor(1, 7)]);
        await _time.WhenTimerArmedAsync(_start + Gap); // the second waits for the gap
        Assert.Equal(["5,0"], Writes());
        _time.Advance(Gap);
        Assert.Equal(["5,0", "5,7"], await WritesAsync(2));
        await IdleAsync(device);
        Assert.Equal(2, device.BatchesSent);
    }

    [Fact]
    public async Task A_stop_is_never_held_by_the_window()
    {
        var device = Device(TimeSpan.FromSeconds(1));
        device.QueueOutputs([Motor(0, 5)]);
        await _time.WhenTimerArmedAsync(_start + TimeSpan.FromSeconds(1));
        // No drain, no clock movement: the stop ends the hold, drops the held value and goes out.
        await device.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["0,0"], Writes());
        await IdleAsync(device);
        Assert.Equal(1, device.BatchesSent);
    }

    [Fact]
    public async Task A_flood_still_gets_one_write_per_gap_with_the_latest_values()
    {
        var device = Device(Window);
        device.QueueOutputs([Motor(0, 1)]);
        _bursts.Drained();
        Assert.Equal(["1,0"], await WritesAsync(1));
        for (var round = 1; round <= 3; round++)
        {
            // Hundreds of commands, drained or not, while the gap runs.
            for (var v = 0; v < 200; v++)
            {
                device.QueueOutputs([Motor(0, (v + round) % 20), Motor(1, (v * 3 + round) % 20)]);
                if (v % 7 == 0)
                    _bursts.Drained();
            }
            await _time.WhenTimerArmedAsync(_start + Gap * round);
            Assert.Equal(round, Writes().Count);
            _time.Advance(Gap);
            var last = string.Create(CultureInfo.InvariantCulture, $"{(199 + round) % 20},{(199 * 3 + round) % 20}");
            Assert.Equal(last, (await WritesAsync(round + 1))[^1]);
            await IdleAsync(device);
            Assert.Equal(round + 1, Writes().Count);
        }
        Assert.Equal(4, device.BatchesSent);
    }

    [Fact]
    public void The_window_is_read_from_configuration_and_kept_in_range()
    {
        static TimeSpan Read(string? value, out string? problem) =>
            MergeWindow.Read(new ConfigurationBuilder()
                .AddInMemoryCollection(value is null ? [] : [new(MergeWindow.Key, value)]).Build(), out problem);

        Assert.Equal(MergeWindow.Default, Read(null, out var none));
        Assert.Null(none);
        Assert.Equal(TimeSpan.Zero, Read("0", out _));
        Assert.Equal(TimeSpan.FromMilliseconds(1.5), Read("1.5", out none));
        Assert.Null(none);
        Assert.Equal(MergeWindow.Max, Read("5000", out var tooLong));
        Assert.Contains("between 0 and 1000", tooLong);
        Assert.Equal(TimeSpan.Zero, Read("-3", out var negative));
        Assert.NotNull(negative);
        Assert.Equal(MergeWindow.Default, Read("soon", out var notANumber));
        Assert.Contains("must be a number", notANumber);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var device in _devices)
            await device.DisposeAsync();
    }

    /// <summary>One packet "{motor 0},{motor 1}" per call, carrying both motors' latest speeds.</summary>
    private sealed class DualMotorHandler(ProtocolDevice device) : ProtocolHandler(device)
    {
        private readonly int[] _speeds = new int[2];

        public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
        {
            foreach (var command in commands)
                _speeds[command.FeatureIndex] = command.Value;
            return [HardwareCommand.Write(Endpoints.Tx, string.Create(CultureInfo.InvariantCulture, $"{_speeds[0]},{_speeds[1]}"))];
        }
    }
}
