using ButtplugHost.Plugins.BluetoothLE.Core;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>The OS stack coming and going: reported once per reason, retried, devices and scans ended.</summary>
public class CoreAvailabilityTests : FakeStack
{
    [Fact]
    public async Task Unavailable_at_start_is_reported_once_and_retried_until_it_works()
    {
        Adapter.State = BleAvailability.Unavailable("the fake service is not running: start it");
        await StartAsync();
        Assert.Equal(["the fake service is not running: start it"], Host.Unavailable);
        Assert.False(Transport.IsAvailable);

        // Retried on a timer (no event from the stack): several probes, still one report.
        var probes = Adapter.Probes;
        await WaitForAsync(() => Adapter.Probes >= probes + 3);
        Assert.Single(Host.Unavailable);

        // It starts without telling anyone: the next retry sees it.
        Adapter.State = BleAvailability.Available("fake adapter hci0");
        await Host.WaitUntilAsync(h => h.AvailableCount == 1, "reported available");
        Assert.True(Transport.IsAvailable);
        await Transport.StartScanningAsync(CancellationToken.None);
        Assert.True(Adapter.Scanning);
    }

    [Fact]
    public async Task Each_new_reason_is_reported_once()
    {
        Adapter.State = BleAvailability.Unavailable("no service");
        await StartAsync();
        Adapter.Change(BleAvailability.Unavailable("no adapter"));
        await Host.WaitUntilAsync(h => h.Unavailable.Count == 2, "second reason");
        Adapter.Change(BleAvailability.Unavailable("no adapter"));
        Adapter.Change(BleAvailability.Available("fake adapter"));
        await Host.WaitUntilAsync(h => h.AvailableCount == 1, "available");
        Assert.Equal(["no service", "no adapter"], Host.Unavailable);
        Assert.Equal(0, Host.ScanningFinishedCount);
    }

    [Fact]
    public async Task Adapter_going_away_ends_the_scan_and_devices_and_coming_back_works_again()
    {
        await StartAsync();
        var (hardware, _) = await ConnectLovenseAsync();
        var disconnected = Disconnection(hardware);
        await Transport.StartScanningAsync(CancellationToken.None);
        var finished = Host.ScanningFinishedCount;

        Adapter.Change(BleAvailability.Unavailable("fake adapter removed: plug it in"));
        await disconnected.WaitAsync(TimeSpan.FromSeconds(20));
        await Host.WaitUntilAsync(h => h.ScanningFinishedCount == finished + 1, "scan ended");
        await Host.WaitUntilAsync(h => h.Unavailable.Count == 1, "reported unavailable");
        Assert.Equal("fake adapter removed: plug it in", Host.Unavailable[0]);
        var refused = await Assert.ThrowsAsync<HardwareException>(() => Transport.ConnectAsync(hardware.Identity, TestDevices.Lovense(), CancellationToken.None));
        Assert.Contains("plug it in", refused.Message, StringComparison.Ordinal);

        Adapter.Change(BleAvailability.Available("fake adapter hci0"));
        await Host.WaitUntilAsync(h => h.AvailableCount == 1, "reported available again");
        var again = await ConnectLovenseAsync();
        await again.Hardware.WriteAsync("tx", FakeDevice.Ascii("Vibrate:1;"), false, CancellationToken.None);
    }

    [Fact]
    public async Task A_stack_that_can_never_work_here_is_not_probed_again()
    {
        Adapter.State = BleAvailability.Never("Windows only: not this system");
        await StartAsync();
        Assert.Equal(["Windows only: not this system"], Host.Unavailable);
        var probes = Adapter.Probes;
        // No timer retries; only an explicit change from the stack would probe again.
        Adapter.Change(Adapter.State);
        await WaitForAsync(() => Adapter.Probes == probes + 1);
        Assert.Single(Host.Unavailable);
    }

    [Fact]
    public async Task A_probe_that_throws_counts_as_unavailable_with_its_message()
    {
        await using var throwing = new ThrowingAdapter();
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = new BluetoothLETransport(new BluetoothLEOptions { RetrySeconds = 30 }, Logs.CreateLogger("test"), throwing);
        await transport.StartAsync(host, CancellationToken.None);
        Assert.Contains("boom", Assert.Single(host.Unavailable), StringComparison.Ordinal);
        await transport.StopAsync(CancellationToken.None);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
            await Task.Delay(10, timeout.Token);
    }

    private sealed class ThrowingAdapter : IBleAdapter
    {
        public string Name => "Throwing";

        public event Action? Changed { add { } remove { } }

        public event Action<BleAdvertisement>? AdvertisementReceived { add { } remove { } }

        public Task<BleAvailability> ProbeAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("boom");

        public Task StartScanAsync(IReadOnlyList<Guid> services, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopScanAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IBleConnection> ConnectAsync(string address, CancellationToken cancellationToken) => throw new BleException("no");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
