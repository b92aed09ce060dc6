using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Mizzzee.Tests;

/// <summary>mizzzee-v3 repeats the last packet after 200 ms without one, on a fake clock.</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(200);

    private static List<string> Packets(MemoryHardware hardware) =>
        [.. hardware.Writes.Where(w => w.Endpoint == Endpoints.Tx).Select(w => Convert.ToHexString(w.Data)[4..])];

    private static readonly string Stop = Convert.ToHexString(MizzzeeV3Packet.For(0))[4..];

    [Fact]
    public async Task The_start_up_stop_is_repeated_every_200_ms()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new MizzzeeV3Protocol(clock), "XHTKJ");
        clock.Advance(Gap - TimeSpan.FromMilliseconds(1));
        Assert.Equal([Stop], Packets(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([Stop, Stop], Packets(device.Hardware));
        Assert.All(device.Hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write), o => Assert.True(o.WithResponse));
    }

    [Fact]
    public async Task A_new_speed_restarts_the_quiet_time_and_is_what_gets_repeated()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new MizzzeeV3Protocol(clock), "XHTKJ");
        clock.Advance(TimeSpan.FromMilliseconds(150));
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 1000));
        var full = Convert.ToHexString(MizzzeeV3Packet.For(1000))[4..];
        clock.Advance(TimeSpan.FromMilliseconds(199));
        Assert.Equal([full], Packets(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([full, full], Packets(device.Hardware));
        await device.StopAsync();
        clock.Advance(Gap);
        Assert.Equal([Stop, Stop], Packets(device.Hardware));
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var clock = new FakeTimeProvider();
        var device = await ProtocolTestDevice.ConnectAsync(new MizzzeeV3Protocol(clock), "XHTKJ");
        await device.DisposeAsync();
        var count = device.Hardware.Writes.Count;
        clock.Advance(Gap * 10);
        Assert.Equal(count, device.Hardware.Writes.Count);
    }

    [Fact]
    public void The_interval_is_the_reference_200_ms() => Assert.Equal(Gap, MizzzeeV3Protocol.KeepAliveInterval);
}
