using ButtplugHost.Plugins.Hid.Bus;
using ButtplugHost.Plugins.Hid.Tests.Fakes;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Hid.Tests.Bus;

/// <summary>The HID transport against the fake OS layer: matching, hot-plug, permissions, reports as endpoints.</summary>
public sealed class HidTransportTests : IAsyncLifetime
{
    private const ushort Vorze = 0x0483, CycloneX = 0x5750, Nintendo = 0x057e, JoyconL = 0x2006;

    private readonly FakeHidBus _bus = new();
    private readonly CollectingLoggerFactory _logs = new();
    private readonly RecordingTransportHost _host = new() { Specifiers = [TestContext.Hid((Vorze, CycloneX)), TestContext.Hid((Nintendo, JoyconL))] };
    private HidTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _transport = new HidTransport(TestContext.Create(_logs, new() { ["Hid:RescanIntervalMs"] = "50" }), _bus);
        await _transport.StartAsync(_host, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _transport.StopAsync(CancellationToken.None);

    [Fact]
    public async Task A_scan_reports_only_nodes_a_protocol_declares()
    {
        _bus.Plug("/dev/hidraw0", 0x046d, 0xc52b, "Logitech USB Receiver");
        _bus.Plug("/dev/hidraw1", Vorze, CycloneX, "Vorze Cyclone X10");
        await _transport.StartScanningAsync(CancellationToken.None);

        var found = await _host.NextFoundAsync(10_000);
        Assert.Equal(("hid", BusKind.Hid, "/dev/hidraw1", "Vorze Cyclone X10", (ushort?)Vorze, (ushort?)CycloneX),
            (found.Transport, found.Bus, found.Address, found.Name, found.VendorId, found.ProductId));
        await _transport.StopScanningAsync(CancellationToken.None);
        while (_host.TryTakeFound(out var again))
            Assert.Equal("/dev/hidraw1", again!.Address);
        Assert.Equal(1, _host.ScanningFinishedCount);
    }

    [Fact]
    public async Task A_device_with_a_serial_number_has_it_in_its_address_and_its_second_interface_is_not_reported()
    {
        _bus.Plug("/dev/hidraw2", Nintendo, JoyconL, "Joy-Con (L)", "98:b6:e9:00:00:01");
        _bus.Plug("/dev/hidraw3", Nintendo, JoyconL, "Joy-Con (L)", "98:b6:e9:00:00:01");
        await _transport.StartScanningAsync(CancellationToken.None);
        var found = await _host.NextFoundAsync(10_000);
        Assert.Equal("057e:2006:98:b6:e9:00:00:01", found.Address);
        var hardware = await _transport.ConnectAsync(found, TestContext.Hid((Nintendo, JoyconL)), CancellationToken.None);
        await hardware.WriteAsync(Endpoints.Tx, new byte[] { 0x10, 0x01 }, false, CancellationToken.None);
        Assert.Equal(1, _bus.Enumerate().Count(n => n.Path == "/dev/hidraw2"));
        await hardware.DisconnectAsync();
    }

    [Fact]
    public async Task Output_and_feature_reports_reach_the_node_byte_for_byte()
    {
        var node = _bus.Plug("/dev/hidraw1", Vorze, CycloneX, "Vorze Cyclone X10");
        var hardware = await ConnectFirstAsync();
        byte[] report = [0x00, 0x3C, 0x30, 0x31, 0x35, 0x32, 0x30, 0x30, 0x35, 0x30, 0x30, 0x01, 0x02, 0x03, 0x68, 0x3E];
        await hardware.WriteAsync(Endpoints.Tx, report, false, CancellationToken.None);
        await hardware.WriteAsync(Endpoints.TxVendorControl, new byte[] { 0x05, 0xAA }, false, CancellationToken.None);
        Assert.Equal([report], node.Device!.OutputReports);
        Assert.Equal([new byte[] { 0x05, 0xAA }], node.Device.FeatureReports);
        Assert.Equal(["tx", "txvendorcontrol", "rx"], hardware.Endpoints);
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync("command", new byte[] { 1 }, false, CancellationToken.None));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Tx, Array.Empty<byte>(), false, CancellationToken.None));
        await hardware.DisconnectAsync();
        Assert.True(node.Device.Disposed);
    }

    [Fact]
    public async Task Input_reports_arrive_on_rx_while_it_is_subscribed()
    {
        var node = _bus.Plug("/dev/hidraw1", Vorze, CycloneX);
        var hardware = await ConnectFirstAsync();
        var received = new TaskCompletionSource<HardwareNotification>(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Notification += (_, n) => received.TrySetResult(n);

        node.Device!.QueueInput([0x30, 0x00]); // not subscribed: drained, not raised
        await WaitUntilAsync(() => Task.FromResult(node.Device.InputHandled));
        await hardware.SubscribeAsync(Endpoints.Rx, CancellationToken.None);
        node.Device.QueueInput([0x30, 0x81, 0x02]);
        var notification = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("rx", notification.Endpoint);
        Assert.Equal(new byte[] { 0x30, 0x81, 0x02 }, notification.Data);
        await Assert.ThrowsAsync<HardwareException>(() => hardware.SubscribeAsync(Endpoints.Tx, CancellationToken.None));
        await hardware.DisconnectAsync();
    }

    [Fact]
    public async Task Unplugging_disconnects_and_plugging_in_again_is_found_without_a_restart()
    {
        var node = _bus.Plug("/dev/hidraw1", Vorze, CycloneX, "Vorze Cyclone X10");
        await _transport.StartScanningAsync(CancellationToken.None);
        var hardware = await _transport.ConnectAsync(await _host.NextFoundAsync(10_000), TestContext.Hid((Vorze, CycloneX)), CancellationToken.None);
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => gone.TrySetResult();

        _bus.Unplug(node);
        await gone.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => Task.FromResult(node.Device!.Disposed));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Tx, new byte[] { 0 }, false, CancellationToken.None));
        Assert.Contains(_logs.Lines, l => l.Message.Contains("is gone", StringComparison.Ordinal));

        while (_host.TryTakeFound(out _)) { }
        var again = _bus.Plug("/dev/hidraw4", Vorze, CycloneX, "Vorze Cyclone X10");
        var found = await _host.NextFoundAsync(10_000);
        Assert.Equal("/dev/hidraw4", found.Address);
        var second = await _transport.ConnectAsync(found, TestContext.Hid((Vorze, CycloneX)), CancellationToken.None);
        await second.WriteAsync(Endpoints.Tx, new byte[] { 0, 1 }, false, CancellationToken.None);
        Assert.Single(again.Device!.OutputReports);
        await second.DisconnectAsync();
    }

    [Fact]
    public async Task A_node_that_cannot_be_opened_is_logged_once_with_the_udev_rule_and_not_reported()
    {
        var node = _bus.Plug("/dev/hidraw1", Vorze, CycloneX, "Vorze Cyclone X10");
        node.Accessible = false;
        await _transport.StartScanningAsync(CancellationToken.None);
        var line = await _logs.WaitForWarningAsync("cannot be opened (permission denied)", 10_000);
        Assert.Contains("/dev/hidraw1", line, StringComparison.Ordinal);
        Assert.Contains("KERNEL==\"hidraw*\", KERNELS==\"*:0483:5750.*\", MODE=\"0660\", TAG+=\"uaccess\"", line, StringComparison.Ordinal);
        Assert.Contains("packaging/udev/60-buttplughost-hid.rules", line, StringComparison.Ordinal);

        // Several more scan passes: still one line, nothing reported.
        var passes = _bus.EnumerateCount + 3;
        await WaitUntilAsync(() => Task.FromResult(_bus.EnumerateCount >= passes));
        Assert.Single(_logs.Lines, l => l.Message.Contains("cannot be opened", StringComparison.Ordinal));
        Assert.False(_host.TryTakeFound(out _));

        // Fixed (rule added, device replugged): found.
        _bus.Unplug(node);
        _bus.Plug("/dev/hidraw1", Vorze, CycloneX, "Vorze Cyclone X10");
        Assert.Equal("/dev/hidraw1", (await _host.NextFoundAsync(10_000)).Address);
    }

    [Fact]
    public async Task Permission_refused_at_connect_is_a_hardware_error_naming_the_fix()
    {
        var node = _bus.Plug("/dev/hidraw1", Vorze, CycloneX, "Vorze Cyclone X10");
        await _transport.StartScanningAsync(CancellationToken.None);
        var found = await _host.NextFoundAsync(10_000);
        node.Accessible = false;
        var error = await Assert.ThrowsAsync<HardwareException>(() => _transport.ConnectAsync(found, TestContext.Hid((Vorze, CycloneX)), CancellationToken.None));
        Assert.Contains("udev rule", error.Message, StringComparison.Ordinal);
        await _logs.WaitForWarningAsync("cannot be opened (permission denied)");
    }

    [Fact]
    public async Task A_node_gone_before_connecting_is_a_hardware_error()
    {
        var node = _bus.Plug("/dev/hidraw1", Vorze, CycloneX);
        await _transport.StartScanningAsync(CancellationToken.None);
        var found = await _host.NextFoundAsync(10_000);
        await _transport.StopScanningAsync(CancellationToken.None);
        _bus.Unplug(node);
        await Assert.ThrowsAsync<HardwareException>(() => _transport.ConnectAsync(found, TestContext.Hid((Vorze, CycloneX)), CancellationToken.None));
    }

    [Fact]
    public async Task Disabled_in_configuration_it_reports_itself_unavailable_and_scans_nothing()
    {
        var host = new RecordingTransportHost { Specifiers = [TestContext.Hid((Vorze, CycloneX))] };
        var transport = new HidTransport(TestContext.Create(_logs, new() { ["Hid:Enabled"] = "false" }), _bus);
        _bus.Plug("/dev/hidraw1", Vorze, CycloneX);
        await transport.StartAsync(host, CancellationToken.None);
        Assert.Equal(["disabled in configuration (Hid:Enabled is false)"], host.Unavailable);
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        Assert.False(host.TryTakeFound(out _));
    }

    [Fact]
    public async Task A_watched_device_is_reported_when_its_node_is_back_without_a_scan()
    {
        var node = _bus.Plug("/dev/hidraw1", Nintendo, JoyconL, "Joy-Con (L)", "98:b6:e9:00:00:07");
        var hardware = await ConnectFirstAsync();
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => gone.TrySetResult();
        _bus.Unplug(node);
        await gone.Task.WaitAsync(TimeSpan.FromSeconds(10));
        while (_host.TryTakeFound(out _)) { }

        _transport.Watch(hardware.Identity);
        _bus.Plug("/dev/hidraw5", Nintendo, JoyconL, "Joy-Con (L)", "98:b6:e9:00:00:07");
        var found = await _host.NextFoundAsync(10_000);
        Assert.Equal(hardware.Identity.Address, found.Address);
        Assert.Equal(1, _host.ScanningFinishedCount); // the one scan, stopped before the unplug

        _transport.Unwatch(found.Address);
        var second = await _transport.ConnectAsync(found, TestContext.Hid((Nintendo, JoyconL)), CancellationToken.None);
        await second.DisconnectAsync();
    }

    private async Task<IHardware> ConnectFirstAsync()
    {
        await _transport.StartScanningAsync(CancellationToken.None);
        var found = await _host.NextFoundAsync(10_000);
        await _transport.StopScanningAsync(CancellationToken.None);
        return await _transport.ConnectAsync(found, TestContext.Hid((found.VendorId!.Value, found.ProductId!.Value)), CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
            await Task.Delay(10, timeout.Token);
    }
}
