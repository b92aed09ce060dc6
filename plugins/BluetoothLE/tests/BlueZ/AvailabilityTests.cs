using ButtplugHost.Plugins.BluetoothLE.Tests.Mock;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.BlueZ;

/// <summary>The transport on a machine without a bus, without BlueZ, or disabled: reported, never thrown.</summary>
public class AvailabilityTests
{
    [Fact]
    public async Task No_bus_reports_unavailable_with_the_reason()
    {
        var socket = Path.Combine(Path.GetTempPath(), $"no-bus-{Guid.NewGuid():N}.sock");
        var logs = new ListLoggerFactory();
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = TestDevices.Transport("unix:path=" + socket, logs);

        await transport.StartAsync(host, CancellationToken.None);
        var reason = Assert.Single(host.Unavailable);
        Assert.Contains(socket, reason, StringComparison.Ordinal);
        Assert.False(transport.IsAvailable);

        await transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        await Assert.ThrowsAsync<HardwareException>(() => transport.ConnectAsync(
            new() { Transport = "btle", Bus = Sdk.Transports.BusKind.BluetoothLE, Address = TestDevices.Address }, TestDevices.Lovense(), CancellationToken.None));
        await transport.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Bus_without_BlueZ_reports_unavailable()
    {
        await using var bus = await PrivateBusDaemon.StartAsync();
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = TestDevices.Transport(bus.Address, new ListLoggerFactory());
        await transport.StartAsync(host, CancellationToken.None);
        var reason = Assert.Single(host.Unavailable);
        Assert.Contains("BlueZ", reason, StringComparison.Ordinal);
        Assert.Contains("not running", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_in_configuration_reports_unavailable_without_touching_the_bus()
    {
        var host = new RecordingTransportHost(TestDevices.Lovense());
        var transport = TestDevices.Transport("unix:path=/nonexistent", new ListLoggerFactory(), ("BluetoothLE:Enabled", "false"));
        await transport.StartAsync(host, CancellationToken.None);
        var reason = Assert.Single(host.Unavailable);
        Assert.Contains("disabled", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Losing_the_bus_disconnects_devices_and_reports_unavailable()
    {
        var mock = await BluezMock.StartAsync();
        try
        {
            await mock.AddAdapterAsync();
            await TestDevices.AddLovenseAsync(mock);
            var host = new RecordingTransportHost(TestDevices.Lovense());
            var transport = TestDevices.Transport(mock.BusAddress, new ListLoggerFactory());
            await transport.StartAsync(host, CancellationToken.None);
            await transport.StartScanningAsync(CancellationToken.None);
            await host.WaitUntilAsync(h => h.Found.Count > 0, "device found");
            var hardware = await transport.ConnectAsync(host.Found[0], TestDevices.Lovense(), CancellationToken.None);
            var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            hardware.Disconnected += (_, _) => disconnected.TrySetResult();

            await mock.Bus.DisposeAsync();
            await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(20));
            await host.WaitUntilAsync(h => h.Unavailable.Count == 1, "reported unavailable");
            Assert.Equal(1, host.ScanningFinishedCount);
            Assert.False(transport.IsAvailable);
            await transport.StopAsync(CancellationToken.None);
        }
        finally
        {
            await mock.DisposeAsync();
        }
    }

    [Fact]
    public async Task Missing_mock_template_fails_loudly()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BluezMock.StartAsync("/nonexistent/bluez_gatt.py"));
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }
}
