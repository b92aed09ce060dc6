using ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.BlueZ;

/// <summary>BlueZ and its adapter coming and going under a running transport: said once, picked up again.</summary>
public sealed class RecoveryTests : IAsyncLifetime
{
    private PrivateBusDaemon _bus = null!;
    private readonly List<BluetoothLETransport> _transports = [];
    private readonly ListLoggerFactory _logs = new();

    public async Task InitializeAsync() => _bus = await PrivateBusDaemon.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var transport in _transports)
            await transport.StopAsync(CancellationToken.None);
        await _bus.DisposeAsync();
    }

    private async Task<(BluetoothLETransport Transport, RecordingTransportHost Host)> StartAsync()
    {
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = TestDevices.Transport(_bus.Address, _logs);
        _transports.Add(transport);
        await transport.StartAsync(host, CancellationToken.None);
        return (transport, host);
    }

    [Fact]
    public async Task BlueZ_started_after_the_transport_and_then_its_adapter_are_picked_up()
    {
        var (transport, host) = await StartAsync();
        Assert.Contains("BlueZ is not running", Assert.Single(host.Unavailable), StringComparison.Ordinal);
        Assert.Contains("start bluetooth.service", host.Unavailable[0], StringComparison.Ordinal);

        await using var mock = await BluezMock.StartAsync(bus: _bus);
        await host.WaitUntilAsync(h => h.Unavailable.Count == 2, "no adapter reported");
        Assert.Contains("no Bluetooth adapter found", host.Unavailable[1], StringComparison.Ordinal);

        await mock.AddAdapterAsync();
        await host.WaitUntilAsync(h => h.AvailableCount == 1, "available");
        await TestDevices.AddLovenseAsync(mock);
        await transport.StartScanningAsync(CancellationToken.None);
        await host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
        Assert.Equal(2, host.Unavailable.Count); // retries repeat nothing
    }

    [Fact]
    public async Task BlueZ_restarting_drops_devices_and_comes_back()
    {
        var mock = await BluezMock.StartAsync(bus: _bus);
        await mock.AddAdapterAsync();
        await TestDevices.AddLovenseAsync(mock);
        var (transport, host) = await StartAsync();
        Assert.True(transport.IsAvailable);
        await transport.StartScanningAsync(CancellationToken.None);
        await host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
        var hardware = await transport.ConnectAsync(host.Found[0], TestDevices.Lovense(), CancellationToken.None);
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        await mock.DisposeAsync(); // bluetoothd stops (the bus stays)
        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await host.WaitUntilAsync(h => h.Unavailable.Count == 1, "reported unavailable");
        Assert.Contains("BlueZ is not running", host.Unavailable[0], StringComparison.Ordinal);
        Assert.Equal(1, host.ScanningFinishedCount);

        await using var again = await BluezMock.StartAsync(bus: _bus);
        await again.AddAdapterAsync();
        await TestDevices.AddLovenseAsync(again);
        await host.WaitUntilAsync(h => h.AvailableCount == 1, "available again");
        var found = host.Found.Count;
        await transport.StartScanningAsync(CancellationToken.None);
        await host.WaitUntilAsync(h => h.Found.Count > found, "device found again");
        var reconnected = await transport.ConnectAsync(host.Found[^1], TestDevices.Lovense(), CancellationToken.None);
        await reconnected.WriteAsync("tx", MockBlueZTestBase.Ascii("Vibrate:1;"), false, CancellationToken.None);
    }

    [Fact]
    public async Task Adapter_removed_and_plugged_back_in()
    {
        await using var mock = await BluezMock.StartAsync(bus: _bus);
        await mock.AddAdapterAsync();
        var (device, _, _) = await TestDevices.AddLovenseAsync(mock);
        var (transport, host) = await StartAsync();
        await transport.StartScanningAsync(CancellationToken.None);
        await host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
        var hardware = await transport.ConnectAsync(host.Found[0], TestDevices.Lovense(), CancellationToken.None);
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        await mock.RemoveAdapterAsync();
        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await host.WaitUntilAsync(h => h.Unavailable.Count == 1 && h.ScanningFinishedCount == 1, "unavailable, scan ended");
        Assert.Contains("no Bluetooth adapter found", host.Unavailable[0], StringComparison.Ordinal);

        await mock.AddAdapterAsync();
        await host.WaitUntilAsync(h => h.AvailableCount == 1, "available again");
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.True(await mock.IsDiscoveringAsync());
    }

    [Fact]
    public async Task Adapter_switched_off_and_on_again()
    {
        await using var mock = await BluezMock.StartAsync(bus: _bus);
        await mock.AddAdapterAsync();
        var (transport, host) = await StartAsync();
        await mock.SetAdapterPoweredAsync("hci0", false);
        await host.WaitUntilAsync(h => h.Unavailable.Count == 1, "unavailable");
        Assert.Contains("powered off", host.Unavailable[0], StringComparison.Ordinal);
        Assert.Contains("bluetoothctl power on", host.Unavailable[0], StringComparison.Ordinal);

        await mock.SetAdapterPoweredAsync("hci0", true);
        await host.WaitUntilAsync(h => h.AvailableCount == 1, "available again");
        Assert.True(transport.IsAvailable);
    }
}
