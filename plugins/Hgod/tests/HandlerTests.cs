using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Hgod.Tests;

public class HandlerTests
{
    private static HardwareCommand Speed(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x55, 0x04, 0x00, 0x00, 0x00, speed]);

    private static Task<ProtocolTestDevice> ConnectAsync(FakeTimeProvider clock) =>
        ProtocolTestDevice.ConnectAsync(new HgodProtocol(time: clock), "AMN NEO");

    [Fact]
    public async Task Nothing_is_sent_on_connect_or_while_stopped()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task A_speed_is_sent_at_once_and_then_every_100_ms()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        Assert.Equal([Speed(5)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.Equal([Speed(5)], device.RecordedWrites());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForWritesAsync(device, 2);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await WaitForWritesAsync(device, 3);
        Assert.Equal([Speed(5), Speed(5), Speed(5)], device.RecordedWrites());
    }

    [Fact]
    public async Task A_new_speed_is_what_is_repeated()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 3));
        Assert.Equal([Speed(10)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 10)));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await WaitForWritesAsync(device, 2);
        Assert.Equal([Speed(10), Speed(10)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_sends_speed_0_once_and_ends_the_repeats()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 7));
        Assert.Equal([Speed(0)], await device.StopAsync());
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal([Speed(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Disposing_the_handler_ends_the_repeats()
    {
        var clock = new FakeTimeProvider();
        var device = await ConnectAsync(clock);
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 7));
        await device.DisposeAsync();
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal([Speed(7)], device.RecordedWrites());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        await using var device = await ConnectAsync(new FakeTimeProvider());
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }

    // A repeat is written on the timer's thread: wait for it (bounded) rather than sleeping.
    private static async Task WaitForWritesAsync(ProtocolTestDevice device, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (device.RecordedWrites().Count < count)
            await Task.Delay(10, timeout.Token);
    }
}
