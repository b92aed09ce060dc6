using ButtplugHost.Plugins.Hid.LovenseDongle;
using ButtplugHost.Plugins.Hid.Tests.Fakes;
using ButtplugHost.Plugins.Lovense;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Hid.Tests.LovenseDongle;

/// <summary>
/// The dongle transport against a fake dongle on the fake HID layer, with the real Lovense protocol
/// driving the toy behind it — unchanged, as the host would.
/// </summary>
public sealed class LovenseDongleTransportTests : IAsyncLifetime
{
    private const string ToyId = "c44ebe0e7f7e";

    private readonly FakeHidBus _bus = new();
    private readonly CollectingLoggerFactory _logs = new();
    private readonly RecordingTransportHost _host = new();
    private LovenseDongleTransport _transport = null!;
    private volatile FakeDongle? _dongle;
    private volatile bool _toyConnected;

    public async Task InitializeAsync()
    {
        _transport = new LovenseDongleTransport(TestContext.Create(_logs, new()
        {
            ["LovenseDongleHid:WatchIntervalMs"] = "50",
            ["LovenseDongleHid:StatusWaitMs"] = "50",
        }), _bus);
        await _transport.StartAsync(_host, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _transport.StopAsync(CancellationToken.None);

    [Fact]
    public async Task A_scan_searches_connects_the_toy_and_reports_it_as_a_lovense_ble_device()
    {
        PlugDongle();
        await WaitUntilAsync(() => _transport.HasDongle);
        await _transport.StartScanningAsync(CancellationToken.None);

        var found = await _host.NextFoundAsync(10_000);
        Assert.Equal(("lovense-dongle-hid", BusKind.BluetoothLE, ToyId, "LVS-DongleDevice"), (found.Transport, found.Bus, found.Address, found.Name));
        await WaitUntilAsync(() => _host.ScanningFinishedCount == 1);
        Assert.Equal(
            [DongleRequests.Status(), DongleRequests.Search(), DongleRequests.StopSearch()],
            _dongle!.Received.Take(3));
    }

    [Fact]
    public async Task The_lovense_protocol_identifies_and_drives_the_toy_through_the_dongle()
    {
        PlugDongle();
        await WaitUntilAsync(() => _transport.HasDongle);
        await _transport.StartScanningAsync(CancellationToken.None);
        var found = await _host.NextFoundAsync(10_000);
        var protocol = new LovenseProtocol();
        var btle = protocol.Definition.Communication.First(c => c.Btle is not null);
        var hardware = await _transport.ConnectAsync(found, btle, CancellationToken.None);
        while (_dongle!.Received.TryDequeue(out _)) { }

        var identifier = await protocol.IdentifyAsync(hardware, CancellationToken.None);
        Assert.Equal("Z", identifier);
        Assert.Equal($$$"""{"type":"toy","func":"command","id":"{{{ToyId}}}","cmd":"DeviceType;"}""", await _dongle.NextAsync());

        var model = protocol.Definition.Resolve(identifier);
        Assert.Equal("Lovense Hush", model.Name);
        var handler = protocol.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        foreach (var command in handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 10)]))
            await command.ExecuteAsync(hardware, CancellationToken.None);
        Assert.Equal($$$"""{"type":"toy","func":"command","id":"{{{ToyId}}}","cmd":"Vibrate:10;"}""", await _dongle.NextAsync());

        var battery = model.Features.First(f => f.Input?.ContainsKey(InputType.Battery) == true).Index;
        Assert.Equal(85, await handler.ReadInputAsync(battery, InputType.Battery, CancellationToken.None));
        Assert.Equal($$$"""{"type":"toy","func":"command","id":"{{{ToyId}}}","cmd":"Battery;"}""", await _dongle.NextAsync());
        await handler.DisposeAsync();
    }

    [Fact]
    public async Task The_toy_leaving_the_dongle_disconnects_it()
    {
        PlugDongle();
        var hardware = await ConnectToyAsync();
        var gone = Disconnection(hardware);
        _toyConnected = false;
        _dongle!.Send($$$"""{"type":"toy","func":"status","data":{"id":"{{{ToyId}}}","status":403}}""");
        await gone.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<HardwareException>(() => hardware.WriteAsync(Endpoints.Tx, "Vibrate:1;"u8.ToArray(), false, CancellationToken.None));
    }

    [Fact]
    public async Task Unplugging_the_dongle_disconnects_its_toy_and_plugging_it_back_finds_it_again()
    {
        var node = PlugDongle();
        var hardware = await ConnectToyAsync();
        var gone = Disconnection(hardware);

        _bus.Unplug(node);
        await gone.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => !_transport.HasDongle);

        // Back in, toy still paired with it: the status question finds it, no scan and no restart needed.
        PlugDongle();
        var found = await _host.NextFoundAsync(10_000);
        Assert.Equal(ToyId, found.Address);
        var again = await _transport.ConnectAsync(found, new CommunicationSpecifier(), CancellationToken.None);
        await again.WriteAsync(Endpoints.Tx, "Vibrate:3;"u8.ToArray(), false, CancellationToken.None);
        await WaitUntilAsync(() => _dongle!.Received.Contains($$$"""{"type":"toy","func":"command","id":"{{{ToyId}}}","cmd":"Vibrate:3;"}"""));
    }

    [Fact]
    public async Task A_scan_started_before_the_dongle_is_plugged_in_searches_once_it_is()
    {
        await _transport.StartScanningAsync(CancellationToken.None);
        PlugDongle();
        Assert.Equal(ToyId, (await _host.NextFoundAsync(10_000)).Address);
    }

    [Fact]
    public async Task Stopping_a_scan_stops_the_search()
    {
        var node = PlugDongle();
        node.Opened = device => _dongle = new FakeDongle(device); // a dongle that never finds a toy
        await WaitUntilAsync(() => _transport.HasDongle);
        await _transport.StartScanningAsync(CancellationToken.None);
        await WaitUntilAsync(() => _dongle!.Received.Contains(DongleRequests.Search()));
        await _transport.StopScanningAsync(CancellationToken.None);
        await WaitUntilAsync(() => _dongle!.Received.Contains(DongleRequests.StopSearch()));
        Assert.Equal(1, _host.ScanningFinishedCount);
    }

    [Fact]
    public async Task A_dongle_that_cannot_be_opened_is_logged_once_with_the_udev_rule()
    {
        var node = PlugDongle();
        node.Accessible = false;
        var line = await _logs.WaitForWarningAsync("Lovense dongle is plugged in at /dev/hidraw5 but cannot be opened (permission denied)", 10_000);
        Assert.Contains("KERNELS==\"*:1915:520A.*\"", line, StringComparison.Ordinal);
        var passes = _bus.EnumerateCount + 3;
        await WaitUntilAsync(() => _bus.EnumerateCount >= passes);
        Assert.Single(_logs.Lines, l => l.Message.Contains("cannot be opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disabled_in_configuration_it_reports_itself_unavailable()
    {
        var host = new RecordingTransportHost();
        var transport = new LovenseDongleTransport(TestContext.Create(_logs, new() { ["LovenseDongleHid:Enabled"] = "false" }), _bus);
        await transport.StartAsync(host, CancellationToken.None);
        Assert.Equal(["disabled in configuration (LovenseDongleHid:Enabled is false)"], host.Unavailable);
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        await transport.StopAsync(CancellationToken.None);
    }

    // A dongle with one toy nearby: a search finds it; once connected the toy answers commands.
    private FakeHidNode PlugDongle()
    {
        var node = _bus.Plug("/dev/hidraw5", LovenseDongleTransport.VendorId, LovenseDongleTransport.ProductId, "Lovense USB");
        node.Opened = device => _dongle = new FakeDongle(device) { Respond = Answer };
        return node;
    }

    private IEnumerable<string> Answer(string line)
    {
        if (line == DongleRequests.Status())
            return _toyConnected ? [$$$"""{"type":"toy","func":"status","data":{"id":"{{{ToyId}}}","status":202}}"""] : [];
        if (line == DongleRequests.Search())
            return ["""{"type":"usb","func":"search","result":205}""", $$$"""{"type":"toy","func":"toyData","data":{"id":"{{{ToyId}}}","data":""}}"""];
        if (line == DongleRequests.StopSearch())
        {
            _toyConnected = true;
            return ["""{"type":"usb","func":"stopSearch","result":200}""", """{"type":"usb","func":"search","result":206}"""];
        }
        var data = line.Contains("\"cmd\":\"DeviceType;\"", StringComparison.Ordinal) ? "Z:11:0082059AD3BD;"
            : line.Contains("\"cmd\":\"Battery;\"", StringComparison.Ordinal) ? "85;"
            : "OK;";
        return [$$$"""{"type":"toy","func":"toyData","data":{"id":"{{{ToyId}}}","data":"{{{data}}}"}}"""];
    }

    private async Task<IHardware> ConnectToyAsync()
    {
        await WaitUntilAsync(() => _transport.HasDongle);
        await _transport.StartScanningAsync(CancellationToken.None);
        var found = await _host.NextFoundAsync(10_000);
        return await _transport.ConnectAsync(found, new CommunicationSpecifier(), CancellationToken.None);
    }

    private static Task Disconnection(IHardware hardware)
    {
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => gone.TrySetResult();
        return gone.Task;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
            await Task.Delay(10, timeout.Token);
    }
}
