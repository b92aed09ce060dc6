using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Fredorch.Tests;

public class FredorchRotaryHandlerTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    private static readonly HardwareCommand Faster = Tx(0x55, 0x03, 0x01, 0x04, 0xAA);
    private static readonly HardwareCommand Slower = Tx(0x55, 0x03, 0x02, 0x05, 0xAA);
    private static readonly HardwareCommand Stop = Tx(0x55, 0x03, 0x24, 0x27, 0xAA);

    private static readonly HardwareCommand[] StartUp =
    [
        Tx(0x55, 0x03, 0x99, 0x9C, 0xAA),
        Tx(0x55, 0x09, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2A, 0xAA),
        Tx(0x55, 0x03, 0x1F, 0x22, 0xAA),
        Stop,
    ];

    // The machine answers nothing after the password: start-up waits out each 100 ms.
    private static Task<ProtocolTestDevice> ConnectAsync(FakeTimeProvider clock, Action<MemoryHardware>? prepare = null) =>
        FredorchHandlerTests.AdvanceUntilAsync(clock, ProtocolTestDevice.ConnectAsync(new FredorchRotaryProtocol(clock), "M1_0042", prepare));

    [Fact]
    public async Task Start_up_sends_handshake_password_power_up_and_stop_whether_answered_or_not()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        Assert.Equal(HardwareOperationKind.Subscribe, device.Hardware.Operations[0].Kind);
        Assert.Equal(StartUp, device.RecordedWrites());
    }

    [Fact]
    public async Task Start_up_warns_that_the_machine_reports_no_state()
    {
        var clock = new FakeTimeProvider();
        using var logs = new CollectingLoggerFactory();
        var hardware = MemoryHardware.Create("M1_0042", Endpoints.Tx, Endpoints.Rx);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, [0x55], Endpoints.Rx, [0x55]));
        await using var device = await ProtocolTestDevice.ConnectAsync(new FredorchRotaryProtocol(clock), hardware, logs.CreateLogger("fredorch-rotary"));
        Assert.Contains(logs.Lines, l => l.Message.Contains("beeps twice"));
        Assert.Equal(StartUp, device.RecordedWrites());
    }

    [Fact]
    public async Task A_disconnect_during_start_up_fails_it()
    {
        var clock = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("M1_0042", Endpoints.Tx, Endpoints.Rx);
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Subscribe)
                _ = hardware.DisconnectAsync();
        };
        await Assert.ThrowsAnyAsync<Exception>(() => ProtocolTestDevice.ConnectAsync(new FredorchRotaryProtocol(clock), hardware));
    }

    [Fact]
    public async Task A_speed_is_reached_one_step_at_a_time()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        Assert.Equal([Faster, Faster, Faster], await device.SendAsync(new OutputCommand(0, OutputType.Oscillate, 3)));
        Assert.Equal([Faster, Faster, Faster], device.RecordedWrites());
        Assert.Equal([Slower, Slower], device.Translate(new OutputCommand(0, OutputType.Oscillate, 1)));
        Assert.Equal([.. Enumerable.Repeat(Faster, 19)], device.Translate(new OutputCommand(0, OutputType.Oscillate, 20)));
        Assert.Empty(device.Translate(new OutputCommand(0, OutputType.Oscillate, 20)));
    }

    [Fact]
    public async Task Zero_and_stop_send_the_stop_packet_and_start_again_from_0()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        device.Translate(new OutputCommand(0, OutputType.Oscillate, 5));
        Assert.Equal([Stop], await device.StopAsync());
        Assert.Equal([Stop], device.RecordedWrites());
        Assert.Equal([Faster, Faster], device.Translate(new OutputCommand(0, OutputType.Oscillate, 2)));
        Assert.Equal([Stop], device.Translate(new OutputCommand(0, OutputType.Oscillate, 0)));
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ConnectAsync(clock);
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Vibrate, 1)));
    }
}
