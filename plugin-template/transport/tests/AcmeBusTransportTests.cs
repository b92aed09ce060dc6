using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace AcmeBus.Tests;

/// <summary>The transport against a recording host: what it finds, and what reaches the bus.</summary>
public sealed class AcmeBusTransportTests
{
    private sealed class RecordingHost : ITransportHost
    {
        public List<DeviceIdentity> Found { get; } = [];
        public int ScansFinished { get; private set; }
        public string? Unavailable { get; private set; }
        public IReadOnlyList<CommunicationSpecifier> Specifiers => [];
        public void DeviceFound(DeviceIdentity identity) => Found.Add(identity);
        public void ScanningFinished() => ScansFinished++;
        public void ReportUnavailable(string reason) => Unavailable = reason;
    }

    private static AcmeBusTransport Create(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new AcmeBusTransport(new PluginContext(configuration, NullLoggerFactory.Instance, AppContext.BaseDirectory));
    }

    [Fact]
    public async Task Scanning_reports_every_configured_device_then_finishes()
    {
        var transport = Create(("AcmeBus:Devices:0:Name", "AcmeToy-1"), ("AcmeBus:Devices:0:Address", "bus:1"));
        var host = new RecordingHost();
        await transport.StartAsync(host, CancellationToken.None);

        await transport.StartScanningAsync(CancellationToken.None);

        var device = Assert.Single(host.Found);
        Assert.Equal(("acmebus", "bus:1", "AcmeToy-1"), (device.Transport, device.Address, device.Name));
        Assert.Equal(1, host.ScansFinished);
        Assert.Null(host.Unavailable);
    }

    [Fact]
    public async Task Without_devices_the_transport_reports_itself_unavailable()
    {
        var host = new RecordingHost();
        await Create().StartAsync(host, CancellationToken.None);

        Assert.NotNull(host.Unavailable);
    }

    [Fact]
    public async Task Connected_hardware_has_the_specifier_endpoints_and_records_writes()
    {
        var transport = Create(("AcmeBus:Devices:0:Name", "AcmeToy-1"));
        var host = new RecordingHost();
        await transport.StartAsync(host, CancellationToken.None);
        await transport.StartScanningAsync(CancellationToken.None);
        var specifier = new CommunicationSpecifier
        {
            Btle = new BluetoothLESpecifier { Names = ["AcmeToy-*"], Services = { [Guid.NewGuid()] = new() { [Endpoints.Tx] = Guid.NewGuid() } } },
        };

        var hardware = (AcmeBusHardware)await transport.ConnectAsync(host.Found[0], specifier, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, new byte[] { 0xA1, 0x00, 0x0A }, false, CancellationToken.None);

        Assert.Equal([Endpoints.Tx], hardware.Endpoints);
        Assert.Equal([0xA1, 0x00, 0x0A], hardware.Written.Single().Data);
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Rx, new byte[] { 1 }, false, CancellationToken.None));
    }
}
