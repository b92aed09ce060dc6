using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Nintendo.Tests;

public class HandlerTests
{
    private readonly FakeTimeProvider _clock = new();

    private Task<ProtocolTestDevice> ConnectAsync() =>
        ProtocolTestDevice.ConnectAsync(new NintendoJoyconProtocol(_clock), "Joy-Con (R)", endpoints: [Endpoints.Tx, Endpoints.Rx]);

    private static HardwareCommand Rumble(int speed) => HardwareCommand.Write(Endpoints.Tx, JoyconPackets.Rumble(speed));

    [Fact]
    public async Task Initialisation_enables_vibration_then_sends_the_stop_rumble()
    {
        await using var device = await ConnectAsync();
        Assert.Equal("Nintendo Joycon", device.Model.Name);
        Assert.Equal([HardwareCommand.Write(Endpoints.Tx, JoyconPackets.EnableVibrationCommand()), Rumble(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task Vibrate_sends_its_rumble_at_once_and_stop_sends_the_stop_rumble()
    {
        await using var device = await ConnectAsync();
        Assert.Equal([Rumble(500)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 500)));
        Assert.Equal([Rumble(500)], device.RecordedWrites());
        Assert.Equal([Rumble(0)], await device.StopAsync());
        Assert.Equal([Rumble(0)], device.RecordedWrites());
    }

    [Fact]
    public async Task The_current_rumble_is_repeated_every_15_ms_of_quiet()
    {
        await using var device = await ConnectAsync();
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 1000));
        device.Hardware.ClearOperations();

        _clock.Advance(TimeSpan.FromMilliseconds(14));
        Assert.Empty(device.RecordedWrites());
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForWritesAsync(device, 1);
        _clock.Advance(TimeSpan.FromMilliseconds(15));
        await WaitForWritesAsync(device, 2);
        Assert.Equal([Rumble(1000), Rumble(1000)], device.RecordedWrites());
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var device = await ConnectAsync();
        await device.DisposeAsync();
        device.Hardware.ClearOperations();
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Other_outputs_are_refused()
    {
        await using var device = await ConnectAsync();
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Rotate, 1)]));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(1, OutputType.Vibrate, 1)]));
    }

    [Fact]
    public async Task Identify_uses_the_single_model()
    {
        var hardware = MemoryHardware.Create("anything", Endpoints.Tx);
        Assert.Null(await new NintendoJoyconProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    private static async Task WaitForWritesAsync(ProtocolTestDevice device, int count)
    {
        // The keep-alive writes on the timer's thread: wait (bounded) for it to land.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (device.RecordedWrites().Count < count)
            await Task.Delay(5, timeout.Token);
    }
}
