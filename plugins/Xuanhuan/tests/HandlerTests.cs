using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Xuanhuan.Tests;

public class HandlerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private static HardwareCommand Packet(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x03, 0x02, 0x00, speed], withResponse: true);

    private static List<string> Writes(MemoryHardware hardware) => [.. hardware.Writes.Select(w => Convert.ToHexString(w.Data))];

    [Fact]
    public async Task No_start_up_packets()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new XuanhuanProtocol(new FakeTimeProvider()), "QUXIN");
        Assert.Empty(device.RecordedWrites());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public async Task Every_speed_is_one_acknowledged_packet(int speed)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new XuanhuanProtocol(new FakeTimeProvider()), "QUXIN");
        Assert.Equal([Packet((byte)speed)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, speed)));
        Assert.Equal([Packet((byte)speed)], device.RecordedWrites());
    }

    [Fact]
    public async Task A_running_speed_is_repeated_after_100_ms_of_quiet()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new XuanhuanProtocol(clock), "QUXIN");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 7));
        clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(["03020007"], Writes(device.Hardware));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["03020007", "03020007"], Writes(device.Hardware));
        clock.Advance(Interval);
        Assert.Equal(["03020007", "03020007", "03020007"], Writes(device.Hardware));
        Assert.All(device.RecordedWrites(), w => Assert.True(((HardwareWrite)w).WithResponse));
    }

    [Fact]
    public async Task Stop_is_sent_once_and_ends_the_repeats()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new XuanhuanProtocol(clock), "QUXIN");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 3));
        Assert.Equal([Packet(0)], await device.StopAsync());
        clock.Advance(Interval * 10);
        Assert.Equal(["03020000"], Writes(device.Hardware));
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var clock = new FakeTimeProvider();
        var device = await ProtocolTestDevice.ConnectAsync(new XuanhuanProtocol(clock), "QUXIN");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 5));
        await device.DisposeAsync();
        clock.Advance(Interval * 10);
        Assert.Single(device.Hardware.Writes);
    }

    [Fact]
    public async Task A_vanished_device_ends_the_repeats()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new XuanhuanProtocol(clock), "QUXIN");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 5));
        await device.Hardware.DisconnectAsync();
        clock.Advance(Interval);
        clock.Advance(Interval * 10);
        Assert.Single(device.Hardware.Writes);
        Assert.True(device.Hardware.IsDisconnected);
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new XuanhuanProtocol(new FakeTimeProvider()), "QUXIN");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
