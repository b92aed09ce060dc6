using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.LovenseConnect.Tests;

/// <summary>The transport against a fake Lovense Connect app on 127.0.0.1.</summary>
public sealed class TransportTests
{
    [Fact]
    public async Task Connected_toys_the_app_reports_are_found_while_scanning()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush", battery: 64);
        f.App.SetToy("d00d00d00d00", "Hush", connected: false);

        await f.Transport.StartScanningAsync(CancellationToken.None);
        var found = await f.Host.NextFoundAsync(10_000);

        Assert.Equal("lovense-connect", found.Transport);
        Assert.Equal(BusKind.LovenseConnect, found.Bus);
        Assert.Equal("c44f33e9a1b2", found.Address);
        Assert.Equal("Lush", found.Name);
        await f.App.WaitForPollsAsync(2);
        // The toy the app has not connected is never reported.
        while (f.Host.TryTakeFound(out var again))
            Assert.Equal("c44f33e9a1b2", again!.Address);
    }

    [Fact]
    public async Task Commands_arrive_as_the_app_expects_them()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush");
        var toy = await f.FindAndConnectAsync();

        await toy.WriteAsync(Endpoints.Tx, Encoding.ASCII.GetBytes("Vibrate1?v=10&t=c44f33e9a1b2"), false, CancellationToken.None);

        Assert.Equal("Vibrate1?v=10&t=c44f33e9a1b2", await f.App.NextCommandAsync());
        Assert.Equal([Endpoints.Tx, Endpoints.Rx], toy.Endpoints);
    }

    [Fact]
    public async Task Battery_is_the_level_the_app_reports_and_follows_it()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush", battery: 64);
        var toy = await f.FindAndConnectAsync();
        Assert.Equal([64], await toy.ReadAsync(Endpoints.Rx, CancellationToken.None));

        f.App.SetToy("c44f33e9a1b2", "Lush", battery: 63);
        await f.App.WaitForPollsAsync(2);

        Assert.Equal([63], await toy.ReadAsync(Endpoints.Rx, CancellationToken.None));
    }

    [Fact]
    public async Task A_battery_the_app_sends_as_null_reads_0()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush", battery: null);
        var toy = await f.FindAndConnectAsync();
        Assert.Equal([0], await toy.ReadAsync(Endpoints.Rx, CancellationToken.None));
    }

    [Fact]
    public async Task The_app_vanishing_disconnects_its_toys()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush");
        var toy = await f.FindAndConnectAsync();
        var gone = WhenDisconnected(toy);
        await f.Transport.StopScanningAsync(CancellationToken.None);

        await f.App.StopAsync();

        await gone.WaitAsync(TimeSpan.FromSeconds(20));
        await Assert.ThrowsAsync<HardwareException>(() => toy.WriteAsync(Endpoints.Tx, Encoding.ASCII.GetBytes("Vibrate1?v=0&t=c44f33e9a1b2"), false, CancellationToken.None));
    }

    [Fact]
    public async Task A_toy_the_app_reports_not_connected_is_disconnected()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush");
        f.App.SetToy("aaaaaaaaaaaa", "Edge");
        await f.Transport.StartScanningAsync(CancellationToken.None);
        var lush = await ConnectFoundAsync(f, "c44f33e9a1b2");
        var edge = await ConnectFoundAsync(f, "aaaaaaaaaaaa");
        var lushGone = WhenDisconnected(lush);
        var edgeGone = WhenDisconnected(edge);

        f.App.SetToy("c44f33e9a1b2", "Lush", connected: false);
        f.App.RemoveToy("aaaaaaaaaaaa");

        await Task.WhenAll(lushGone, edgeGone).WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_toy_that_comes_back_is_found_again()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush");
        var toy = await f.FindAndConnectAsync();
        var gone = WhenDisconnected(toy);
        f.App.SetToy("c44f33e9a1b2", "Lush", connected: false);
        await gone.WaitAsync(TimeSpan.FromSeconds(20));
        while (f.Host.TryTakeFound(out _))
        {
        }

        f.App.SetToy("c44f33e9a1b2", "Lush");

        Assert.Equal("c44f33e9a1b2", (await f.Host.NextFoundAsync(10_000)).Address);
    }

    [Fact]
    public async Task Apps_are_found_through_discovery()
    {
        // The fake also plays the discovery service, naming itself 127-0-0-1.lovense.club.
        await using var app = await FakeLovenseConnectApp.StartAsync();
        app.SetToy("c44f33e9a1b2", "Max");
        var transport = TransportFixture.Create(new()
        {
            ["LovenseConnect:Enabled"] = "true",
            ["LovenseConnect:DiscoveryUrl"] = app.DiscoveryUrl,
            ["LovenseConnect:PollIntervalMs"] = "50",
        });
        var host = new Sdk.Testing.RecordingTransportHost();
        await transport.StartAsync(host, CancellationToken.None);
        try
        {
            await transport.StartScanningAsync(CancellationToken.None);

            var found = await host.NextFoundAsync(10_000);

            Assert.Equal("Max", found.Name);
            await app.WaitForPollsAsync(2);
            // An app answers: discovery is not asked again.
            Assert.Equal(1, app.DiscoveryCount);
        }
        finally
        {
            await transport.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Disabled_by_default_with_a_reason()
    {
        var transport = TransportFixture.Create([]);
        var host = new Sdk.Testing.RecordingTransportHost();

        await transport.StartAsync(host, CancellationToken.None);

        Assert.Contains("--use-lovense-connect", Assert.Single(host.Unavailable), StringComparison.Ordinal);
        await transport.StopAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("LovenseConnect:PollIntervalMs", "0", "PollIntervalMs must be more than 0")]
    [InlineData("LovenseConnect:Hosts:0", "192.168.1.20:34567", "is not an http:// or https:// address")]
    [InlineData("LovenseConnect:RequestTimeoutMs", "soon", "RequestTimeoutMs")]
    public async Task Bad_settings_make_it_unavailable_with_the_reason(string key, string value, string reason)
    {
        var transport = TransportFixture.Create(new() { ["LovenseConnect:Enabled"] = "true", [key] = value });
        var host = new Sdk.Testing.RecordingTransportHost();

        await transport.StartAsync(host, CancellationToken.None);

        Assert.Contains(reason, Assert.Single(host.Unavailable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connecting_a_toy_no_app_reports_fails_clearly()
    {
        await using var f = await TransportFixture.StartAsync();
        var identity = new DeviceIdentity { Transport = "lovense-connect", Bus = BusKind.LovenseConnect, Address = "nothere", Name = "Lush" };

        var e = await Assert.ThrowsAsync<HardwareException>(() => f.Transport.ConnectAsync(identity, TransportFixture.Specifier, CancellationToken.None));

        Assert.Contains("No Lovense Connect app reports Lush (nothere) connected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_the_app_refuses_is_a_hardware_error()
    {
        await using var f = await TransportFixture.StartAsync();
        f.App.SetToy("c44f33e9a1b2", "Lush");
        var toy = await f.FindAndConnectAsync();

        await Assert.ThrowsAsync<HardwareException>(() => toy.WriteAsync(Endpoints.Tx, Encoding.ASCII.GetBytes("Vibrate 1"), false, CancellationToken.None));
        await Assert.ThrowsAsync<HardwareException>(() => toy.SubscribeAsync(Endpoints.Rx, CancellationToken.None));
    }

    private static async Task<IHardware> ConnectFoundAsync(TransportFixture f, string id)
    {
        while (true)
        {
            var identity = await f.Host.NextFoundAsync(10_000);
            if (identity.Address == id)
                return await f.Transport.ConnectAsync(identity, TransportFixture.Specifier, CancellationToken.None);
        }
    }

    private static Task WhenDisconnected(IHardware hardware)
    {
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => gone.TrySetResult();
        return gone.Task;
    }
}
