using ButtplugHost.Devices;
using ButtplugHost.Devices.Reconnect;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using ButtplugHost.Tests.Session;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Tests.Devices;

/// <summary>The reconnect policy on a manual clock: who is admitted when, what the bus is asked to watch.</summary>
public sealed class DeviceReconnectorTests : IAsyncDisposable
{
    private static readonly ReconnectOptions Options = new() { Backoff = TimeSpan.FromMilliseconds(500), BackoffMax = TimeSpan.FromSeconds(4), StableAfter = TimeSpan.FromSeconds(10) };
    private readonly ManualTime _time = new();
    private readonly WatchingBus _bus = new();
    private readonly List<DeviceIdentity> _reportedAgain = [];
    private readonly MemoryHardware _hardware = MemoryHardware.Create("reconnect test");
    private readonly ConnectedDevice _device;
    private readonly DeviceReconnector _reconnector;

    public DeviceReconnectorTests()
    {
        var configuration = new ResolvedDeviceConfiguration("quiet", null, "Quiet", 0, [], true);
        var handler = new QuietHandler(new ProtocolDevice(_hardware, configuration, NullLogger.Instance));
        _device = new ConnectedDevice(new DeviceInfo(3, "Quiet", null, 0, [], [Endpoints.Tx]), _hardware.Identity, "quiet", "test", _hardware, handler, NullLogger.Instance, _time);
        _reconnector = new DeviceReconnector(Options, _time, NullLogger.Instance, (_, identity) => { lock (_reportedAgain) _reportedAgain.Add(identity); });
    }

    [Fact]
    public void Back_off_is_none_after_the_first_drop_out_then_doubles_up_to_the_maximum()
    {
        Assert.Equal([0, 0, 500, 1000, 2000, 4000, 4000], Enumerable.Range(0, 7).Select(n => (int)Options.DelayAfter(n).TotalMilliseconds));
    }

    [Fact]
    public void A_device_never_seen_is_always_admitted_and_one_that_dropped_out_is_watched_for()
    {
        Assert.True(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
        _reconnector.Connected(_bus, _device, enabled: true);
        Assert.Equal([_hardware.Identity.Address], _bus.Unwatched);
        _reconnector.Dropped(_bus, _device);
        Assert.Equal([_hardware.Identity.Address], _bus.Watched.Select(w => w.Address));
        Assert.True(_reconnector.Admit(_bus, _hardware.Identity, scanning: false)); // first drop-out: at once
    }

    [Fact]
    public async Task A_flapping_device_reported_during_its_back_off_is_connected_when_it_ends()
    {
        _reconnector.Connected(_bus, _device, enabled: true);
        _reconnector.Dropped(_bus, _device);
        _reconnector.Connected(_bus, _device, enabled: true);
        _time.Advance(TimeSpan.FromMilliseconds(50));
        _reconnector.Dropped(_bus, _device); // second in a row: 500 ms

        var due = _time.GetUtcNow() + TimeSpan.FromMilliseconds(500);
        Assert.False(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
        Assert.False(_reconnector.Admit(_bus, _hardware.Identity, scanning: true)); // a scan does not skip the back-off
        await _time.WhenTimerArmedAsync(due);
        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(_reportedAgain);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Single(_reportedAgain);
        Assert.True(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
    }

    [Fact]
    public void A_device_that_stayed_connected_a_while_starts_its_back_off_afresh()
    {
        for (var i = 0; i < 3; i++)
        {
            _reconnector.Connected(_bus, _device, enabled: true);
            _reconnector.Dropped(_bus, _device);
        }
        Assert.False(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
        _time.Advance(TimeSpan.FromSeconds(2));
        _reconnector.Connected(_bus, _device, enabled: true);
        _time.Advance(Options.StableAfter);
        _reconnector.Dropped(_bus, _device);
        Assert.True(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
    }

    [Fact]
    public void Failed_attempts_count_as_drop_outs_in_a_row()
    {
        _reconnector.Connected(_bus, _device, enabled: true);
        _reconnector.Dropped(_bus, _device);
        Assert.True(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
        _reconnector.Failed(_bus, _hardware.Identity);
        Assert.False(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
    }

    [Fact]
    public void With_reconnecting_off_a_device_is_not_watched_and_comes_back_only_during_a_scan()
    {
        _reconnector.Connected(_bus, _device, enabled: false);
        _reconnector.Dropped(_bus, _device);
        Assert.Empty(_bus.Watched);
        Assert.False(_reconnector.Admit(_bus, _hardware.Identity, scanning: false));
        Assert.True(_reconnector.Admit(_bus, _hardware.Identity, scanning: true));
    }

    [Fact]
    public void Configuration_is_read_and_bad_values_are_reported()
    {
        var problems = new List<string>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reconnect:Enabled"] = "false", ["Reconnect:BackoffMs"] = "250", ["Reconnect:BackoffMaxMs"] = "soon", ["Reconnect:StableAfterMs"] = "-1",
        }).Build();
        var options = ReconnectOptions.Read(configuration, problems);
        Assert.False(options.Enabled);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Backoff);
        Assert.Equal(new ReconnectOptions().BackoffMax, options.BackoffMax);
        Assert.Equal(new ReconnectOptions().StableAfter, options.StableAfter);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("Reconnect:BackoffMaxMs", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        _reconnector.Dispose();
        await _device.DisposeAsync();
    }

    private sealed class QuietHandler(ProtocolDevice device) : ProtocolHandler(device)
    {
        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand c) => [];
    }

    private sealed class WatchingBus : ITransport, IWatchingTransport
    {
        public List<DeviceIdentity> Watched { get; } = [];
        public List<string> Unwatched { get; } = [];
        public string Name => "watching";
        public void Watch(DeviceIdentity identity) => Watched.Add(identity);
        public void Unwatch(string address) => Unwatched.Add(address);
        public Task StartAsync(ITransportHost host, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StartScanningAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopScanningAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
