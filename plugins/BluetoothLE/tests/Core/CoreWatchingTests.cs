using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>Watching for devices that went away: background discovery, and only watched addresses reported.</summary>
public class CoreWatchingTests : FakeStack
{
    private const string Missing = "C4:4F:33:00:00:0A";
    private const string Other = "C4:4F:33:00:00:0B";

    [Fact]
    public async Task A_watched_device_is_reported_without_a_scan_and_no_other_is()
    {
        await StartAsync();
        Transport.Watch(Identity(Missing));
        await WaitUntilAsync(() => Adapter.Scanning);

        Adapter.Advertise(FakeDevice.Lovense(Other).Advertisement());
        Adapter.Advertise(FakeDevice.Lovense(Missing).Advertisement());
        await Host.WaitUntilAsync(h => h.Found.Count > 0, "the watched device found");
        Assert.Equal([Missing], Host.Found.Select(f => f.Address));
        Assert.Equal(0, Host.ScanningFinishedCount);

        Transport.Unwatch(Missing);
        await WaitUntilAsync(() => !Adapter.Scanning);
    }

    [Fact]
    public async Task A_client_scan_stopped_while_a_device_is_watched_leaves_the_adapter_discovering()
    {
        await StartAsync();
        await Transport.StartScanningAsync(CancellationToken.None);
        Transport.Watch(Identity(Missing));
        await Transport.StopScanningAsync(CancellationToken.None);
        Assert.Equal(1, Host.ScanningFinishedCount);
        Assert.True(Adapter.Scanning);

        Adapter.Advertise(FakeDevice.Lovense(Missing).Advertisement());
        await Host.WaitUntilAsync(h => h.Found.Count > 0, "the watched device found");
        Transport.Unwatch(Missing);
        await WaitUntilAsync(() => !Adapter.Scanning);
    }

    private static DeviceIdentity Identity(string address) => new() { Transport = "btle", Bus = BusKind.BluetoothLE, Address = address, Name = "LVS-Z36" };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
            await Task.Delay(10, timeout.Token);
    }
}
