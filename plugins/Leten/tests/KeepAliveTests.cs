using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Leten.Tests;

/// <summary>The last packet is repeated after a second without one, on a fake clock.</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(1);

    private static List<string> Packets(MemoryHardware hardware) =>
        [.. hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write).Select(o => Convert.ToHexString(o.Data!) + (o.WithResponse ? "+ack" : ""))];

    [Fact]
    public async Task The_start_up_stop_is_repeated_every_second_acknowledged()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new LetenProtocol(clock), "F520A-LT");
        clock.Advance(Gap - TimeSpan.FromMilliseconds(1));
        Assert.Equal(["0401+ack", "0200+ack"], Packets(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["0401+ack", "0200+ack", "0200+ack"], Packets(device.Hardware));
    }

    [Fact]
    public async Task A_new_speed_restarts_the_quiet_time_and_is_what_gets_repeated()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new LetenProtocol(clock), "F520A-LT");
        clock.Advance(TimeSpan.FromMilliseconds(600));
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 13));
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(["020D+ack"], Packets(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["020D+ack", "020D+ack"], Packets(device.Hardware));
        await device.StopAsync();
        clock.Advance(Gap);
        Assert.Equal(["0200+ack", "0200+ack"], Packets(device.Hardware));
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var clock = new FakeTimeProvider();
        var device = await ProtocolTestDevice.ConnectAsync(new LetenProtocol(clock), "T528-LT");
        await device.DisposeAsync();
        var count = device.Hardware.Writes.Count;
        clock.Advance(Gap * 10);
        Assert.Equal(count, device.Hardware.Writes.Count);
    }

    [Fact]
    public void The_interval_is_the_reference_1000_ms() => Assert.Equal(Gap, LetenProtocol.KeepAliveInterval);
}
