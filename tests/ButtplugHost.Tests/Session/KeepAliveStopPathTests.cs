using ButtplugHost.Devices;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Plugins;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Tests.Session;

/// <summary>
/// The host ends a protocol's keep-alive (the SDK's KeepAlive, here the real Satisfyer plugin's, every
/// 30 ms) on every stop path: a stop (StopDeviceCmd, StopAllDevices, a session's end and a ping timeout
/// all stop devices this way) leaves only the stop packet repeated; a removed device and a stopping host
/// dispose the handler, after which no repeat is even attempted.
/// </summary>
public sealed class KeepAliveStopPathTests
{
    private const string Running = "01010101";
    private const string Stopped = "00000000";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static PluginTestKit Kit() => new(
        ("Plugins:Directories:1", RepoPaths.BuiltInPlugins),
        ("Satisfyer:KeepAliveIntervalMs", "30"),
        ("Simulated:Devices:0:Name", "SF Hot Spot"),
        // Model number 10005: the Hot Spot, one vibrator.
        ("Simulated:Devices:0:Reads:rxblemodel", "hex:00002715"));

    [Fact]
    public async Task Stops_leave_only_the_stop_packet_repeated()
    {
        using var kit = Kit();
        var manager = NewManager(kit);
        try
        {
            var (device, hardware) = await ConnectRunningAsync(manager);

            await manager.StopDeviceAsync(device);
            var afterStop = TxWrites(hardware).LastIndexOf(Stopped);
            Assert.True(afterStop >= 0);
            await WaitForTxWritesAsync(hardware, afterStop + 4);
            Assert.All(TxWrites(hardware).Skip(afterStop), w => Assert.Equal(Stopped, w));

            // Driven again and stopped for every device (a session's end): the same.
            var running = TxWrites(hardware).Count(w => w == Running);
            device.QueueOutputs([new OutputCommand(0, OutputType.Vibrate, 1)]);
            await WaitForCountAsync(hardware, Running, running + 2);
            await manager.StopAllAsync();
            afterStop = TxWrites(hardware).LastIndexOf(Stopped);
            await WaitForTxWritesAsync(hardware, afterStop + 4);
            Assert.All(TxWrites(hardware).Skip(afterStop), w => Assert.Equal(Stopped, w));
        }
        finally
        {
            await manager.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_removed_device_gets_no_more_repeats()
    {
        using var kit = Kit();
        var manager = NewManager(kit);
        try
        {
            var (_, hardware) = await ConnectRunningAsync(manager);
            var removed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            manager.DeviceRemoved += _ => removed.TrySetResult();

            await hardware.DisconnectAsync();
            await removed.Task.WaitAsync(Patience);

            await AssertNoRepeatAttemptedAsync(kit);
        }
        finally
        {
            await manager.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_stopping_host_stops_the_device_and_its_repeats()
    {
        using var kit = Kit();
        var manager = NewManager(kit);
        var (_, hardware) = await ConnectRunningAsync(manager);

        await manager.StopAsync(CancellationToken.None);

        Assert.Equal(Stopped, TxWrites(hardware)[^1]);
        Assert.True(hardware.IsDisconnected);
        await AssertNoRepeatAttemptedAsync(kit);
    }

    private static DeviceManager NewManager(PluginTestKit kit) =>
        new(kit.Catalog, new UserDeviceConfig(kit.Configuration, kit.LoggerFactory.CreateLogger<UserDeviceConfig>()),
            new DeviceConfigFile(kit.Configuration, kit.LoggerFactory.CreateLogger<DeviceConfigFile>()), kit.Configuration, kit.LoggerFactory, TimeProvider.System);

    // Connects the simulated Hot Spot, runs its vibrator and waits for the keep-alive to repeat that twice.
    private static async Task<(ConnectedDevice Device, MemoryHardware Hardware)> ConnectRunningAsync(DeviceManager manager)
    {
        var added = new TaskCompletionSource<ConnectedDevice>(TaskCreationOptions.RunContinuationsAsynchronously);
        manager.DeviceAdded += d => added.TrySetResult(d);
        await manager.StartAsync(CancellationToken.None);
        await manager.StartScanningAsync();
        var device = await added.Task.WaitAsync(Patience);
        Assert.Equal("Satisfyer Hot Spot", device.Info.Name);
        var hardware = Assert.IsType<MemoryHardware>(device.Hardware);
        device.QueueOutputs([new OutputCommand(0, OutputType.Vibrate, 1)]);
        await WaitForCountAsync(hardware, Running, 3);
        return (device, hardware);
    }

    // A repeat to a disconnected device would fail and be logged: none may be, over many intervals.
    // (A repeat cannot be observed any other way once the device is gone.)
    private static async Task AssertNoRepeatAttemptedAsync(PluginTestKit kit)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(30 * 10));
        Assert.False(kit.Log.Contains("Keep-alive to"), string.Join("\n", kit.Log.Lines));
    }

    private static List<string> TxWrites(MemoryHardware hardware) =>
        [.. hardware.Writes.Where(w => w.Endpoint == "tx").Select(w => Convert.ToHexString(w.Data))];

    private static Task WaitForCountAsync(MemoryHardware hardware, string packet, int count) =>
        WaitAsync(hardware, () => TxWrites(hardware).Count(w => w == packet) >= count);

    private static Task WaitForTxWritesAsync(MemoryHardware hardware, int count) =>
        WaitAsync(hardware, () => TxWrites(hardware).Count >= count);

    private static async Task WaitAsync(MemoryHardware hardware, Func<bool> done)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, HardwareOperation _)
        {
            if (done())
                reached.TrySetResult();
        }
        hardware.OperationRecorded += Check;
        try
        {
            Check(null, null!);
            await reached.Task.WaitAsync(Patience);
        }
        finally
        {
            hardware.OperationRecorded -= Check;
        }
    }
}
