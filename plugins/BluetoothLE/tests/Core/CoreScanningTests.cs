using ButtplugHost.Plugins.BluetoothLE.Core;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>Scanning in the core: what reaches the host, and when.</summary>
public class CoreScanningTests : FakeStack
{
    private static readonly Guid Battery = Guid.Parse("0000180f-0000-1000-8000-00805f9b34fb");

    [Fact]
    public async Task A_claimed_advertisement_is_reported_with_everything_it_said()
    {
        await StartAsync();
        await Transport.StartScanningAsync(CancellationToken.None);
        Assert.True(Adapter.Scanning);
        Adapter.Advertise(FakeDevice.Lovense(TestDevices.Address).Advertisement(rssi: -48));

        await Host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
        var found = Host.Found[0];
        Assert.Equal("btle", found.Transport);
        Assert.Equal(BusKind.BluetoothLE, found.Bus);
        Assert.Equal(TestDevices.Address, found.Address);
        Assert.Equal("LVS-Z36", found.Name);
        Assert.Equal(-48, found.Rssi);
        Assert.Equal([FakeDevice.LovenseService], found.AdvertisedServices);
        Assert.Equal(new byte[] { 0xFF, 0x21 }, found.ManufacturerData[620]);

        await Transport.StopScanningAsync(CancellationToken.None);
        Assert.False(Adapter.Scanning);
        Assert.Equal(1, Host.ScanningFinishedCount);
    }

    [Fact]
    public async Task Advertisements_no_definition_claims_are_not_reported()
    {
        await StartAsync();
        await Transport.StartScanningAsync(CancellationToken.None);
        Adapter.Advertise(new BleAdvertisement("11:22:33:44:55:66", "Headphones", -40, [Battery], new Dictionary<ushort, byte[]>()));
        Adapter.Advertise(FakeDevice.Lovense(TestDevices.Address).Advertisement());
        await Host.WaitUntilAsync(h => h.Found.Count > 0, "the toy found");
        Assert.All(Host.Found, f => Assert.Equal(TestDevices.Address, f.Address));
    }

    [Fact]
    public async Task Advertisements_outside_a_scan_are_not_reported()
    {
        await StartAsync();
        Adapter.Advertise(FakeDevice.Lovense("C4:4F:33:00:00:01").Advertisement());
        await Transport.StartScanningAsync(CancellationToken.None);
        await Transport.StopScanningAsync(CancellationToken.None);
        Adapter.Advertise(FakeDevice.Lovense("C4:4F:33:00:00:02").Advertisement());
        // A scan afterwards reports what it sees, proving the two before were dropped, not delayed.
        await Transport.StartScanningAsync(CancellationToken.None);
        Adapter.Advertise(FakeDevice.Lovense("C4:4F:33:00:00:03").Advertisement());
        await Host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
        Assert.Equal(["C4:4F:33:00:00:03"], Host.Found.Select(f => f.Address));
    }

    [Fact]
    public async Task The_OS_scan_is_narrowed_to_services_only_when_every_protocol_names_some()
    {
        var byName = TestDevices.Lovense();
        var byService = new CommunicationSpecifier { Btle = new() { AdvertisedServices = [Battery] } };
        await StartAsync(byName, byService, new CommunicationSpecifier { Serial = new() });
        await Transport.StartScanningAsync(CancellationToken.None);
        Assert.True(Adapter.Scans.TryDequeue(out var unfiltered));
        Assert.Empty(unfiltered);

        Assert.Equal([Battery, FakeDevice.LovenseService],
            ScanFilter.ServicesFor([byService, new CommunicationSpecifier { Btle = new() { Names = ["X"], AdvertisedServices = [FakeDevice.LovenseService, Battery] } }]));
    }

    [Fact]
    public async Task Scanning_twice_starts_one_OS_scan_and_finishes_once()
    {
        await StartAsync();
        await Transport.StartScanningAsync(CancellationToken.None);
        await Transport.StartScanningAsync(CancellationToken.None);
        await Transport.StopScanningAsync(CancellationToken.None);
        await Transport.StopScanningAsync(CancellationToken.None);
        Assert.Single(Adapter.Scans);
        Assert.Equal(1, Host.ScanningFinishedCount);
    }

    [Fact]
    public async Task Scanning_while_unavailable_logs_why_and_finishes_at_once()
    {
        Adapter.State = BleAvailability.Unavailable("the fake radio is off: switch it on");
        await StartAsync();
        await Transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, Host.ScanningFinishedCount);
        Assert.Empty(Adapter.Scans);
        Assert.Contains(Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("cannot scan: the fake radio is off: switch it on", StringComparison.Ordinal));
    }
}
