using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.BlueZ;

/// <summary>Discovery through the BlueZ adapter against the mock BlueZ: what is reported, the filter, and adapter faults.</summary>
public class ScanningTests : MockBlueZTestBase
{
    [Fact]
    public async Task Scan_finds_the_device_with_its_advertisement()
    {
        await Mock.AddAdapterAsync();
        await TestDevices.AddLovenseAsync(Mock);
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host);
        Assert.Empty(host.Unavailable);

        await transport.StartScanningAsync(CancellationToken.None);
        await host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
        Assert.True(await Mock.IsDiscoveringAsync());

        var found = host.Found[0];
        Assert.Equal("btle", found.Transport);
        Assert.Equal(BusKind.BluetoothLE, found.Bus);
        Assert.Equal(TestDevices.Address, found.Address);
        Assert.Equal("LVS-Z36", found.Name);
        Assert.Equal(-55, found.Rssi);
        Assert.Equal([TestDevices.LovenseService], found.AdvertisedServices);
        Assert.Equal(new byte[] { 0xFF, 0x21 }, found.ManufacturerData[620]);

        await transport.StopScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        Assert.False(await Mock.IsDiscoveringAsync());
    }

    [Fact]
    public async Task Devices_appearing_or_advertising_during_the_scan_are_reported()
    {
        await Mock.AddAdapterAsync();
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host);
        await transport.StartScanningAsync(CancellationToken.None);

        var (device, _, _) = await TestDevices.AddLovenseAsync(Mock, name: "LVS-Edge");
        await host.WaitUntilAsync(h => h.Found.Any(d => d.Name == "LVS-Edge"), "new device reported");

        await device.AdvertiseAsync("LVS-Edge2", -40);
        await host.WaitUntilAsync(h => h.Found.Any(d => d is { Name: "LVS-Edge2", Rssi: -40 }), "new advertisement reported");
    }

    [Fact]
    public async Task Devices_are_not_reported_when_not_scanning()
    {
        await Mock.AddAdapterAsync();
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host);
        await transport.StartScanningAsync(CancellationToken.None);
        await transport.StopScanningAsync(CancellationToken.None);
        var (device, _, _) = await TestDevices.AddLovenseAsync(Mock);
        await device.AdvertiseAsync("LVS-Late", -30);
        // A later scan does report it, proving the signals had arrived and were held back.
        await transport.StartScanningAsync(CancellationToken.None);
        await host.WaitUntilAsync(h => h.Found.Count > 0, "device found on the second scan");
        Assert.All(host.Found, d => Assert.Equal("LVS-Late", d.Name));
    }

    [Fact]
    public async Task Filter_is_LE_without_UUIDs_when_a_protocol_matches_by_name_only()
    {
        await Mock.AddAdapterAsync();
        var byService = new CommunicationSpecifier { Btle = new() { Names = ["X*"], AdvertisedServices = [TestDevices.LovenseService] } };
        var host = new RecordingTransportHost(TestDevices.Lovense(), byService, new CommunicationSpecifier { Serial = new() });
        var transport = await StartTransportAsync(host);
        await transport.StartScanningAsync(CancellationToken.None);
        var filter = await Mock.GetDiscoveryFilterAsync();
        Assert.Equal("le", filter["Transport"]);
        Assert.False(filter.ContainsKey("UUIDs"));
    }

    [Fact]
    public async Task Filter_has_the_advertised_services_when_every_protocol_names_some()
    {
        await Mock.AddAdapterAsync();
        var other = Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb");
        var host = new RecordingTransportHost(
            new CommunicationSpecifier { Btle = new() { Names = ["A*"], AdvertisedServices = [TestDevices.LovenseService] } },
            new CommunicationSpecifier { Btle = new() { AdvertisedServices = [other, TestDevices.LovenseService] } });
        var transport = await StartTransportAsync(host);
        await transport.StartScanningAsync(CancellationToken.None);
        var filter = await Mock.GetDiscoveryFilterAsync();
        Assert.Equal("le", filter["Transport"]);
        Assert.Equal(new[] { TestDevices.LovenseService.ToString(), other.ToString() }, (string[])filter["UUIDs"]);
    }

    [Fact]
    public async Task Missing_adapter_is_reported_and_logged_and_the_scan_finishes()
    {
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host);
        Assert.Contains("no Bluetooth adapter found", Assert.Single(host.Unavailable), StringComparison.Ordinal);
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        Assert.Contains(Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("no Bluetooth adapter found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configured_adapter_that_does_not_exist_is_named_in_the_log()
    {
        await Mock.AddAdapterAsync("hci0");
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host, ("BluetoothLE:Adapter", "hci7"));
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        Assert.Contains(Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("'hci7' not found", StringComparison.Ordinal));
        Assert.False(await Mock.IsDiscoveringAsync());
    }

    [Fact]
    public async Task Configured_adapter_is_used()
    {
        await Mock.AddAdapterAsync("hci0");
        await Mock.AddAdapterAsync("hci1");
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host, ("BluetoothLE:Adapter", "hci1"));
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.True(await Mock.IsDiscoveringAsync("hci1"));
        Assert.False(await Mock.IsDiscoveringAsync("hci0"));
    }

    [Fact]
    public async Task Powered_off_adapter_is_logged_and_the_scan_finishes()
    {
        await Mock.AddAdapterAsync();
        await Mock.SetAdapterPoweredAsync("hci0", false);
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host);
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        Assert.Contains(Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("powered off", StringComparison.Ordinal));
        Assert.False(await Mock.IsDiscoveringAsync());
    }

    [Fact]
    public async Task Adapter_turned_off_during_the_scan_ends_it()
    {
        await Mock.AddAdapterAsync();
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = await StartTransportAsync(host);
        await transport.StartScanningAsync(CancellationToken.None);
        await Mock.SetAdapterPoweredAsync("hci0", false);
        await host.WaitUntilAsync(h => h.ScanningFinishedCount == 1, "scanning finished");
        await transport.StopScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
    }
}
