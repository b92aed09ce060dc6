using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.MysteryVibe.Tests;

/// <summary>The last packet is repeated after 93 ms without one, on a fake clock.</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(93);

    private static List<string> Vibes(MemoryHardware hardware) =>
        [.. hardware.Writes.Where(w => w.Endpoint == Endpoints.TxVibrate).Select(w => Convert.ToHexString(w.Data))];

    [Fact]
    public async Task The_start_up_stop_is_repeated_every_93_ms()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new MysteryVibeV2Protocol(clock), "6915 MV1");
        clock.Advance(Gap - TimeSpan.FromMilliseconds(1));
        Assert.Equal(["00"], Vibes(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["00", "00"], Vibes(device.Hardware));
        clock.Advance(Gap);
        Assert.Equal(["00", "00", "00"], Vibes(device.Hardware));
    }

    [Fact]
    public async Task A_new_packet_restarts_the_quiet_time_and_is_what_gets_repeated()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new MysteryVibeV2Protocol(clock), "6915 MV1");
        clock.Advance(TimeSpan.FromMilliseconds(50));
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 28));
        clock.Advance(TimeSpan.FromMilliseconds(50));
        Assert.Equal(["1C"], Vibes(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(43));
        Assert.Equal(["1C", "1C"], Vibes(device.Hardware));
        await device.StopAsync();
        clock.Advance(Gap);
        Assert.Equal(["00", "00"], Vibes(device.Hardware));
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var clock = new FakeTimeProvider();
        var device = await ProtocolTestDevice.ConnectAsync(new MysteryVibeV2Protocol(clock), "6908 MV1");
        await device.DisposeAsync();
        var count = device.Hardware.Writes.Count;
        clock.Advance(Gap * 10);
        Assert.Equal(count, device.Hardware.Writes.Count);
    }

    [Fact]
    public async Task A_vanished_device_ends_the_repeats()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new MysteryVibeV2Protocol(clock), "6914 MV1");
        await device.Hardware.DisconnectAsync();
        clock.Advance(Gap);
        clock.Advance(Gap * 10);
        Assert.Equal(2, device.Hardware.Writes.Count);
        Assert.True(device.Hardware.IsDisconnected);
    }

    [Fact]
    public void The_interval_is_the_reference_93_ms() => Assert.Equal(Gap, MysteryVibeV2Protocol.KeepAliveInterval);
}
