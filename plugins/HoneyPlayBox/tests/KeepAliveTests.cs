using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.HoneyPlayBox.Tests;

/// <summary>After 500 ms without a frame, the motors' state is sent again with the next counter (fake clock).</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task The_state_is_resent_after_500_ms_of_quiet_and_every_500_ms_after()
    {
        var time = new FakeTimeProvider();
        await using var device = await TestDevice.ConnectAsync("HPB-0520", time);
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 77));

        time.Advance(Quiet - TimeSpan.FromTicks(1));
        Assert.Single(device.Hardware.Writes);
        time.Advance(TimeSpan.FromTicks(1));
        await TestDevice.WaitForWritesAsync(device.Hardware, 2);
        Assert.Equal([TestDevice.Tx("02a55a55aaf002b1030010010005003c00004d69aea209762f0724039692"),
                      TestDevice.Tx("02a55a55aaf003b1030010010005003c00004d69aea209762f0724039692")], device.RecordedWrites());
        time.Advance(Quiet);
        await TestDevice.WaitForWritesAsync(device.Hardware, 3);
        Assert.Equal(4, device.Hardware.Writes[2].Data[6]);
    }

    [Fact]
    public async Task A_command_restarts_the_quiet_time()
    {
        var time = new FakeTimeProvider();
        await using var device = await TestDevice.ConnectAsync("HPB-0520", time);
        time.Advance(TimeSpan.FromMilliseconds(400));
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 77));
        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Single(device.Hardware.Writes);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await TestDevice.WaitForWritesAsync(device.Hardware, 2);
    }

    [Fact]
    public async Task The_keep_alive_runs_from_the_handshake_on_and_ends_with_the_handler()
    {
        var time = new FakeTimeProvider();
        var device = await TestDevice.ConnectAsync("HPB-0520", time);
        device.Hardware.ClearOperations();
        time.Advance(Quiet);
        await TestDevice.WaitForWritesAsync(device.Hardware, 1);
        // Nothing was commanded yet: the motor is at 0.
        Assert.Equal([TestDevice.Tx("02a55a55aaf002b1030010010005003c0000000264d5bb846b559f0371eb")], device.RecordedWrites());

        await device.DisposeAsync();
        time.Advance(Quiet * 10);
        Assert.Single(device.Hardware.Writes);
    }

    [Fact]
    public async Task A_failed_keep_alive_ends_the_repeats()
    {
        var time = new FakeTimeProvider();
        var memory = MemoryHardware.Create("HPB-0520", [.. ProtocolTestDevice.DefinedEndpoints(new HoneyPlayBoxProtocol().Definition)]);
        TestDevice.AnswerHandshakes(memory, TestDevice.Answer);
        var hardware = new CountingHardware(memory);
        var protocol = TestDevice.Protocol(time);
        var model = protocol.Definition.Resolve(await protocol.IdentifyAsync(hardware, CancellationToken.None));
        await using var handler = protocol.CreateHandler(new ProtocolDevice(hardware, model, NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        Assert.Equal(1, hardware.WriteAttempts);
        await hardware.DisconnectAsync();

        // One keep-alive is attempted and fails; after that, silence.
        time.Advance(Quiet);
        Assert.Equal(2, hardware.WriteAttempts);
        time.Advance(Quiet * 10);
        Assert.Equal(2, hardware.WriteAttempts);
    }
}
