using System.Globalization;
using System.Text;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Tests.Session;

/// <summary>
/// The per-device coalescing scheduler on a manual clock: nothing moves until the test advances time,
/// so what is written within and across gaps is exact.
/// </summary>
public sealed class ConnectedDeviceSchedulerTests : IAsyncDisposable
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(100);
    private readonly ManualTime _time = new();
    private readonly MemoryHardware _hardware = MemoryHardware.Create("scheduler test");
    private readonly ConnectedDevice _device;

    public ConnectedDeviceSchedulerTests()
    {
        FeatureDefinition[] features =
        [
            new() { Index = 0, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 20) } } },
            new() { Index = 1, Output = new() { [OutputType.Position] = new OutputProperties { Value = new ValueRange(0, 100) } } },
        ];
        var configuration = new ResolvedDeviceConfiguration("text", null, "Scheduler Test", 100, features, true);
        var handler = new TextHandler(new ProtocolDevice(_hardware, configuration, NullLogger.Instance));
        var info = new DeviceInfo(0, "Scheduler Test", null, 100, features, [Endpoints.Tx]);
        _device = new ConnectedDevice(info, _hardware.Identity, "text", "test", _hardware, handler, NullLogger.Instance, _time);
    }

    private List<string> Writes() => _hardware.Writes.Select(w => Encoding.ASCII.GetString(w.Data)).ToList();

    private async Task<List<string>> WritesWhenAsync(int count)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        while (Writes().Count < count && DateTime.UtcNow < until)
            await Task.Delay(5);
        await Task.Delay(30); // let anything wrongly extra arrive too
        return Writes();
    }

    private async Task SettleAsync() => await Task.Delay(50);

    private static OutputCommand Vibrate(int value) => new(0, OutputType.Vibrate, value);

    [Fact]
    public async Task Values_within_one_gap_coalesce_to_the_latest()
    {
        _device.QueueOutputs([Vibrate(1)]);
        Assert.Equal(["0:Vibrate:1"], await WritesWhenAsync(1));
        for (var v = 2; v <= 50; v++)
            _device.QueueOutputs([Vibrate(v % 20)]);
        await SettleAsync();
        Assert.Equal(["0:Vibrate:1"], Writes()); // the gap has not passed
        _time.Advance(Gap);
        Assert.Equal(["0:Vibrate:1", "0:Vibrate:10"], await WritesWhenAsync(2));
        Assert.Equal(2, _device.BatchesSent);
    }

    [Fact]
    public async Task An_unchanged_value_is_not_resent()
    {
        _device.QueueOutputs([Vibrate(4)]);
        await WritesWhenAsync(1);
        _time.Advance(Gap);
        _device.QueueOutputs([Vibrate(4)]);
        _device.QueueOutputs([Vibrate(6), Vibrate(4)]);
        await SettleAsync();
        _time.Advance(Gap);
        await SettleAsync();
        Assert.Equal(["0:Vibrate:4"], Writes());
    }

    [Fact]
    public async Task Outputs_of_different_features_go_out_together()
    {
        _device.QueueOutputs([Vibrate(4)]);
        await WritesWhenAsync(1);
        _device.QueueOutputs([new OutputCommand(1, OutputType.Position, 30)]);
        _device.QueueOutputs([Vibrate(5)]);
        await SettleAsync();
        _time.Advance(Gap);
        Assert.Equal(["0:Vibrate:4", "1:Position:30", "0:Vibrate:5"], await WritesWhenAsync(3));
        Assert.Equal(2, _device.BatchesSent);
    }

    [Fact]
    public async Task A_stop_drops_queued_values_and_is_never_coalesced_away()
    {
        _device.QueueOutputs([Vibrate(4)]);
        await WritesWhenAsync(1);
        _device.QueueOutputs([Vibrate(9)]);
        var stopped = _device.StopAsync();
        await SettleAsync();
        Assert.False(stopped.IsCompleted); // waits for the gap like any write
        _time.Advance(Gap);
        await stopped.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["0:Vibrate:4", "0:Vibrate:0"], await WritesWhenAsync(2));
    }

    [Fact]
    public async Task A_value_queued_after_a_stop_is_applied_even_if_it_equals_the_one_before_the_stop()
    {
        _device.QueueOutputs([Vibrate(4)]);
        await WritesWhenAsync(1);
        var stopped = _device.StopAsync();
        _device.QueueOutputs([Vibrate(4)]);
        await SettleAsync();
        _time.Advance(Gap);
        await stopped.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["0:Vibrate:4", "0:Vibrate:0", "0:Vibrate:4"], await WritesWhenAsync(3));
    }

    [Fact]
    public async Task A_stop_of_a_stopped_device_is_still_written()
    {
        await _device.StopAsync().WaitAsync(TimeSpan.FromSeconds(5));
        var again = _device.StopAsync();
        await SettleAsync();
        _time.Advance(Gap);
        await again.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["0:Vibrate:0", "0:Vibrate:0"], await WritesWhenAsync(2));
    }

    [Fact]
    public async Task A_read_waits_for_the_outputs_queued_before_it()
    {
        _device.QueueOutputs([Vibrate(1)]);
        await WritesWhenAsync(1);
        _device.QueueOutputs([Vibrate(2)]); // waits for the gap
        var read = _device.ReadInputAsync(0, InputType.Battery, CancellationToken.None);
        await SettleAsync();
        Assert.False(read.IsCompleted);
        Assert.Equal(["0:Vibrate:1"], Writes());
        _time.Advance(Gap);
        Assert.Equal(42, await read.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(["0:Vibrate:1", "0:Vibrate:2", "read"], Writes());
    }

    [Fact]
    public async Task A_read_with_nothing_queued_goes_straight_to_the_device()
    {
        _device.QueueOutputs([Vibrate(1)]);
        await WritesWhenAsync(1);
        Assert.Equal(42, await _device.ReadInputAsync(0, InputType.Battery, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(["0:Vibrate:1", "read"], Writes());
    }

    public async ValueTask DisposeAsync() => await _device.DisposeAsync();

    /// <summary>Writes "{feature}:{type}:{value}" per output; positions have no stop value.</summary>
    private sealed class TextHandler(ProtocolDevice device) : ProtocolHandler(device)
    {
        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand c) =>
            [HardwareCommand.Write(Endpoints.Tx, string.Create(CultureInfo.InvariantCulture, $"{c.FeatureIndex}:{c.Type}:{c.Value}"))];

        public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
        {
            await Device.Hardware.WriteAsync(Endpoints.Tx, "read"u8.ToArray(), false, cancellationToken);
            return 42;
        }
    }
}
