namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

public class LifecycleTests
{
    [Fact]
    public async Task Disabled_by_default()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:Enabled", null));
        Assert.Null(fixture.Transport.LocalEndPoint);
        Assert.Contains("DeviceWebSocket:Enabled", Assert.Single(fixture.Host.Unavailable));
    }

    [Fact]
    public async Task Invalid_configuration_makes_the_transport_unavailable_instead_of_crashing()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:Port", "lots"));
        Assert.Null(fixture.Transport.LocalEndPoint);
        Assert.Contains("invalid DeviceWebSocket configuration", Assert.Single(fixture.Host.Unavailable));
    }

    [Fact]
    public async Task A_bad_address_makes_the_transport_unavailable()
    {
        await using var fixture = await TransportFixture.StartAsync(("DeviceWebSocket:Address", "not-an-address"));
        Assert.Contains("not-an-address", Assert.Single(fixture.Host.Unavailable));
    }

    [Fact]
    public async Task A_port_in_use_makes_the_transport_unavailable()
    {
        await using var first = await TransportFixture.StartAsync();
        await using var second = await TransportFixture.StartAsync(("DeviceWebSocket:Port", first.Transport.LocalEndPoint!.Port.ToString()));
        Assert.Contains("cannot listen", Assert.Single(second.Host.Unavailable));
    }

    [Fact]
    public async Task Scanning_reports_waiting_devices_again_and_stopping_finishes_the_scan()
    {
        await using var fixture = await TransportFixture.StartAsync();
        await fixture.IdentifyAsync("LVSDevice", "w1");
        await fixture.Host.NextFoundAsync();

        await fixture.Transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal("w1", (await fixture.Host.NextFoundAsync()).Address);
        await fixture.Transport.StopScanningAsync(CancellationToken.None);
        Assert.Equal(1, fixture.Host.ScanningFinishedCount);
    }

    [Fact]
    public async Task Stopping_disconnects_connected_devices()
    {
        var fixture = await TransportFixture.StartAsync();
        await fixture.IdentifyAsync("LVSDevice", "s1");
        var hardware = await fixture.Transport.ConnectAsync(await fixture.Host.NextFoundAsync(), new(), CancellationToken.None);
        var disconnected = new TaskCompletionSource();
        hardware.Disconnected += (_, _) => disconnected.TrySetResult();

        await fixture.DisposeAsync();

        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
