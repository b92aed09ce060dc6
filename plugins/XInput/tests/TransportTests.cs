using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.XInput.Tests;

/// <summary>The transport's polling and mapping against a fake XInput.</summary>
public sealed class TransportTests
{
    private static readonly CommunicationSpecifier Specifier = new() { Xinput = new ExistsSpecifier() };

    private static (XInputTransport Transport, RecordingTransportHost Host) Create(FakeXInput api, bool isWindows = true, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["XInput:Enabled"] = "true", ["XInput:PollIntervalMs"] = "20" };
        foreach (var (key, value) in settings)
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return (new XInputTransport(new RecordingPluginBuilder(configuration).Context, api, isWindows), new RecordingTransportHost());
    }

    [Fact]
    public async Task Plugged_controllers_are_found_by_slot_while_scanning()
    {
        var api = new FakeXInput();
        api.Plug(0);
        api.Plug(2);
        var (transport, host) = Create(api);
        await transport.StartAsync(host, CancellationToken.None);
        try
        {
            await transport.StartScanningAsync(CancellationToken.None);
            var first = await host.NextFoundAsync(10_000);
            var second = await host.NextFoundAsync(10_000);

            Assert.Equal(["XInputController1", "XInputController3"], new[] { first.Address, second.Address }.Order());
            Assert.Equal(first.Address, first.Name);
            Assert.Equal(BusKind.XInput, first.Bus);
            Assert.Equal("xinput", first.Transport);
        }
        finally
        {
            await transport.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_controller_plugged_in_during_a_scan_is_found()
    {
        var api = new FakeXInput();
        var (transport, host) = Create(api);
        await transport.StartAsync(host, CancellationToken.None);
        try
        {
            await transport.StartScanningAsync(CancellationToken.None);
            api.Plug(3);
            Assert.Equal("XInputController4", (await host.NextFoundAsync(10_000)).Address);
        }
        finally
        {
            await transport.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Writes_set_the_left_then_the_right_motor()
    {
        var api = new FakeXInput();
        api.Plug(1);
        var (transport, host) = Create(api);
        await transport.StartAsync(host, CancellationToken.None);
        try
        {
            await transport.StartScanningAsync(CancellationToken.None);
            var pad = await transport.ConnectAsync(await host.NextFoundAsync(10_000), Specifier, CancellationToken.None);

            await pad.WriteAsync(Endpoints.Tx, new byte[] { 0x34, 0x12, 0xff, 0xff }, false, CancellationToken.None);

            Assert.Equal((1, (ushort)0x1234, (ushort)0xffff), Assert.Single(api.Vibrations));
            Assert.Equal([3], await pad.ReadAsync(Endpoints.Rx, CancellationToken.None));
            await Assert.ThrowsAsync<HardwareException>(() => pad.WriteAsync(Endpoints.Tx, new byte[] { 1, 2, 3 }, false, CancellationToken.None));
        }
        finally
        {
            await transport.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task An_unplugged_controller_is_disconnected()
    {
        var api = new FakeXInput();
        api.Plug(0);
        var (transport, host) = Create(api);
        await transport.StartAsync(host, CancellationToken.None);
        try
        {
            await transport.StartScanningAsync(CancellationToken.None);
            var pad = await transport.ConnectAsync(await host.NextFoundAsync(10_000), Specifier, CancellationToken.None);
            await transport.StopScanningAsync(CancellationToken.None);
            var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            pad.Disconnected += (_, _) => gone.TrySetResult();

            api.Unplug(0);

            await gone.Task.WaitAsync(TimeSpan.FromSeconds(20));
            await Assert.ThrowsAsync<HardwareException>(() => pad.WriteAsync(Endpoints.Tx, new byte[4], false, CancellationToken.None));
        }
        finally
        {
            await transport.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Not_on_Windows_it_is_unavailable_and_says_why()
    {
        var api = new FakeXInput();
        var (transport, host) = Create(api, isWindows: false);

        await transport.StartAsync(host, CancellationToken.None);

        Assert.Contains("XInput gamepads need Windows (xinput1_4.dll)", Assert.Single(host.Unavailable), StringComparison.Ordinal);
        Assert.Equal(0, api.Checks);
    }

    [Fact]
    public async Task The_real_transport_on_this_system()
    {
        var transport = new XInputTransport(new RecordingPluginBuilder().Context);
        var host = new RecordingTransportHost();

        await transport.StartAsync(host, CancellationToken.None);

        var reason = Assert.Single(host.Unavailable);
        if (OperatingSystem.IsWindows())
            Assert.DoesNotContain("need Windows", reason, StringComparison.Ordinal);
        else
            Assert.Contains("XInput gamepads need Windows", reason, StringComparison.Ordinal);
        await transport.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Without_xinput1_4_it_is_unavailable_and_says_why()
    {
        var api = new FakeXInput { Failure = new DllNotFoundException("Unable to load DLL 'xinput1_4.dll'") };
        var (transport, host) = Create(api);

        await transport.StartAsync(host, CancellationToken.None);

        Assert.Contains("cannot load XInput (xinput1_4.dll", Assert.Single(host.Unavailable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_it_says_how_to_turn_it_on()
    {
        var (transport, host) = Create(new FakeXInput(), true, ("XInput:Enabled", "false"));

        await transport.StartAsync(host, CancellationToken.None);

        Assert.Contains("--use-xinput", Assert.Single(host.Unavailable), StringComparison.Ordinal);
    }
}
