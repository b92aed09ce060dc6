using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Sexverse.Tests;

/// <summary>sexverse-v3 repeats its last packet after 100 ms without one, on a fake clock.</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(100);

    private static List<string> Writes(MemoryHardware hardware) => [.. hardware.Writes.Select(w => Convert.ToHexString(w.Data))];

    [Fact]
    public async Task Nothing_is_repeated_before_the_first_command()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV3Protocol(clock), "TAY001");
        clock.Advance(Gap * 5);
        Assert.Empty(device.Hardware.Writes);
    }

    [Fact]
    public async Task The_last_packet_is_repeated_every_100_ms_until_a_new_one()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new SexverseV3Protocol(clock), "TA-S001A");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 5), new OutputCommand(1, OutputType.Oscillate, 6));
        clock.Advance(Gap - TimeSpan.FromMilliseconds(1));
        Assert.Equal(["A1040501", "A1040602"], Writes(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        clock.Advance(Gap);
        Assert.Equal(["A1040501", "A1040602", "A1040602", "A1040602"], Writes(device.Hardware));
        Assert.All(device.Hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write), w => Assert.True(w.WithResponse));
        clock.Advance(TimeSpan.FromMilliseconds(50));
        await device.StopAsync();
        // (StopAsync forgets the writes recorded so far.)
        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.Equal(["A1040001", "A1040002"], Writes(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["A1040001", "A1040002", "A1040002"], Writes(device.Hardware));
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var clock = new FakeTimeProvider();
        var device = await ProtocolTestDevice.ConnectAsync(new SexverseV3Protocol(clock), "TAY009");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 5));
        await device.DisposeAsync();
        clock.Advance(Gap * 10);
        Assert.Single(device.Hardware.Writes);
    }

    [Fact]
    public void The_interval_is_the_reference_100_ms() => Assert.Equal(Gap, SexverseV3Protocol.KeepAliveInterval);
}
