using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;
using static ButtplugHost.Plugins.JoyHub.Tests.HandlerTests;

namespace ButtplugHost.Plugins.JoyHub.Tests;

/// <summary>The lube pump's switch-off, one second after each spray command, on a fake clock.</summary>
public class LubePumpTests
{
    private static readonly byte[] On = [0xA0, 0x24, 0x01, 0x00, 0x01, 0xFF];
    private static readonly byte[] Off = [0xA0, 0x24, 0x00, 0x00, 0x00, 0x00];

    private static OutputCommand Spray(int value) => new(7, OutputType.Spray, value);

    [Fact]
    public async Task Each_spray_command_gets_its_own_switch_off()
    {
        var clock = new FakeTimeProvider();
        await using var device = await Connect("J-Dodge", clock);
        Assert.Equal([Tx(On)], await device.SendAsync(Spray(1)));
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal([Tx(On)], await device.SendAsync(Spray(1)));
        device.Hardware.ClearOperations();
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal([Tx(Off)], device.RecordedWrites());
        device.Hardware.ClearOperations();
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal([Tx(Off)], device.RecordedWrites());
    }

    [Fact]
    public async Task Nothing_is_written_after_the_handler_is_disposed()
    {
        var clock = new FakeTimeProvider();
        var device = await Connect("J-Dodge", clock);
        await device.SendAsync(Spray(1));
        device.Hardware.ClearOperations();
        await device.DisposeAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(device.RecordedWrites());
        // A spray translated after disposal schedules nothing either.
        device.Translate(Spray(1));
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task A_device_gone_before_the_switch_off_is_logged_not_thrown()
    {
        var clock = new FakeTimeProvider();
        var logs = new CollectingLoggerFactory();
        var hardware = MemoryHardware.Create("J-Dodge", "tx");
        await using var device = await ProtocolTestDevice.ConnectAsync(new JoyHubProtocol(clock), hardware, logs.CreateLogger("joyhub"));
        await device.SendAsync(Spray(1));
        await hardware.DisconnectAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains(logs.Lines, l => l.Message.Contains("lube pump", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stop_switches_a_running_pump_off_and_then_leaves_it()
    {
        var clock = new FakeTimeProvider();
        await using var device = await Connect("J-Dodge", clock);
        device.Translate(Spray(1));
        Assert.Equal([Tx(0xA0, 0x03, 0, 0, 0, 0, 0xAA), Tx(Off)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
    }
}
