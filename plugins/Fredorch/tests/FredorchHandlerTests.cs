using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Fredorch.Tests;

public class FredorchHandlerTests
{
    private static readonly byte[][] StartUp =
    [
        [0x01, 0x06, 0x00, 0x64, 0x00, 0x01, 0x09, 0xD5],
        [0x01, 0x06, 0x00, 0x69, 0x00, 0x00, 0x59, 0xD6],
        [0x01, 0x10, 0x00, 0x6B, 0x00, 0x05, 0x0A, 0x00, 0x05, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xC0, 0xC3],
        [0x01, 0x06, 0x00, 0x69, 0x00, 0x01, 0x98, 0x16],
        [0x01, 0x06, 0x00, 0x6A, 0x00, 0x01, 0x68, 0x16],
    ];

    private static HardwareCommand Tx(byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static HardwareCommand Stroke(byte speed, byte position) =>
        Tx(FredorchCrc.Append([0x01, 0x10, 0x00, 0x6B, 0x00, 0x05, 0x0A, 0x00, speed, 0x00, speed, 0x00, position, 0x00, position, 0x00, 0x01]));

    // The machine echoes every packet, as the reference's test case shows.
    private static void Echo(MemoryHardware hardware)
    {
        foreach (var packet in StartUp)
            hardware.AddReply(new ScriptedReply(Endpoints.Tx, packet, Endpoints.Rx, packet));
    }

    private static async Task<ProtocolTestDevice> ConnectAsync(FakeTimeProvider clock, Action<MemoryHardware> prepare)
    {
        var connecting = ProtocolTestDevice.ConnectAsync(new FredorchProtocol(clock), "YXlinksSPP", prepare);
        return await AdvanceUntilAsync(clock, connecting);
    }

    // Start-up waits on the fake clock: move it on in small steps until the task ends (bounded).
    internal static async Task<T> AdvanceUntilAsync<T>(FakeTimeProvider clock, Task<T> task)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromMilliseconds(50));
            await Task.WhenAny(task, Task.Delay(5));
        }
        return await task;
    }

    [Fact]
    public async Task Start_up_subscribes_and_programs_the_machine_packet_by_packet()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock, Echo);
        var operations = device.Hardware.Operations;
        Assert.Equal(HardwareOperationKind.Subscribe, operations[0].Kind);
        Assert.Equal(Endpoints.Rx, operations[0].Endpoint);
        Assert.Equal([.. StartUp.Select(Tx)], device.RecordedWrites());
    }

    [Fact]
    public async Task A_wake_up_notification_counts_as_the_first_wait()
    {
        var clock = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("YXlinksSPP", Endpoints.Tx, Endpoints.Rx);
        Echo(hardware);
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Subscribe)
                hardware.Notify(Endpoints.Rx, [0x00, 0x01, 0x00, 0x01, 0x01]);
        };
        // No clock movement at all: every wait is answered.
        await using var device = await ProtocolTestDevice.ConnectAsync(new FredorchProtocol(clock), hardware);
        Assert.Equal([.. StartUp.Select(Tx)], device.RecordedWrites());
    }

    [Fact]
    public async Task No_echo_within_500_ms_fails_the_start_up()
    {
        var clock = new FakeTimeProvider();
        var error = await Assert.ThrowsAsync<ProtocolException>(() => ConnectAsync(clock, _ => { }));
        Assert.Contains("did not answer", error.Message);
    }

    [Fact]
    public async Task A_disconnect_during_start_up_fails_it()
    {
        var clock = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("YXlinksSPP", Endpoints.Tx, Endpoints.Rx);
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Subscribe)
                _ = hardware.DisconnectAsync();
        };
        var error = await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(new FredorchProtocol(clock), hardware));
        Assert.Contains("disconnected", error.Message);
    }

    [Fact]
    public async Task A_stroke_takes_its_speed_from_the_distance_and_the_duration()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock, Echo);
        Assert.Equal([Stroke(12, 70)], await device.SendAsync(device.LegacyLinear(0, 0.51, 200)));
        Assert.Equal([Stroke(12, 70)], device.RecordedWrites());
        // From 7 to 15: 8 positions in 50 ms.
        Assert.Equal([Stroke(20, 150)], device.Translate(new OutputCommand(0, OutputType.HwPositionWithDuration, 15, 50)));
        // From 15 to 14: 1 position in 2000 ms.
        Assert.Equal([Stroke(1, 140)], device.Translate(new OutputCommand(0, OutputType.HwPositionWithDuration, 14, 2000)));
        // Staying at 14: no move, speed 0.
        Assert.Equal([Stroke(0, 140)], device.Translate(new OutputCommand(0, OutputType.HwPositionWithDuration, 14, 2000)));
    }

    [Fact]
    public async Task Stop_leaves_the_stroker_where_it_is()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock, Echo);
        Assert.Empty(await device.StopAsync());
        Assert.Empty(device.RecordedWrites());
    }

    [Fact]
    public async Task Oscillation_added_by_a_user_configuration_strokes_the_whole_range()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock, Echo);
        Assert.Equal([Tx(FredorchCrc.Append([0x01, 0x10, 0x00, 0x6B, 0x00, 0x05, 0x0A, 0x00, 10, 0x00, 10, 0x00, 0, 0x00, 225, 0x00, 0x01]))],
            device.Translate(new OutputCommand(0, OutputType.Oscillate, 10)));
        Assert.Equal([Tx(FredorchCrc.Append([0x01, 0x10, 0x00, 0x6B, 0x00, 0x05, 0x0A, 0x00, 0, 0x00, 0, 0x00, 0, 0x00, 0, 0x00, 0x01]))],
            device.Translate(new OutputCommand(0, OutputType.Oscillate, 0)));
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock, Echo);
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)));
    }
}
