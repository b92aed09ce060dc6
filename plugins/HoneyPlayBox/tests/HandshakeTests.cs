using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.HoneyPlayBox.Tests;

public class HandshakeTests
{
    [Fact]
    public async Task Subscribes_then_writes_the_handshake_acknowledged()
    {
        await using var device = await TestDevice.ConnectAsync("HPB-0520");
        var ops = device.Hardware.Operations.Where(o => o.Kind != HardwareOperationKind.Notify).ToList();
        Assert.Equal(HardwareOperationKind.Subscribe, ops[0].Kind);
        Assert.Equal(Endpoints.Rx, ops[0].Endpoint);
        Assert.Equal([TestDevice.Tx("02a55a55aaf000b10100020010033686")], device.RecordedWrites());
    }

    [Fact]
    public async Task An_answer_split_over_notifications_after_noise_is_understood()
    {
        var answer = TestDevice.Answer;
        var hardware = MemoryHardware.Create("HPB-0520", [.. ProtocolTestDevice.DefinedEndpoints(new HoneyPlayBoxProtocol().Definition)]);
        TestDevice.AnswerHandshakes(hardware, [0x55, 0x02], answer[..9], answer[9..25], answer[25..]);
        await using var device = await ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(new FakeTimeProvider()), hardware);

        // Signed with the key from the answer; the first command frame has counter 2.
        Assert.Equal([TestDevice.Tx("02a55a55aaf002b1030010010005003c00004d69aea209762f0724039692")],
            device.Translate(new OutputCommand(0, Sdk.Definitions.OutputType.Vibrate, 77)));
    }

    [Fact]
    public async Task A_refusal_fails_the_connection_with_its_code()
    {
        var refused = Convert.FromHexString("02a55a55aaf000b10100026a8003faa8");
        var e = await Assert.ThrowsAsync<ProtocolException>(() => TestDevice.ConnectAsync("HPB-0520", answer: refused));
        Assert.Contains("6A80", e.Message);
    }

    [Fact]
    public async Task Without_an_answer_the_handshake_is_sent_again_after_six_seconds_then_fails_after_four_more()
    {
        var time = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("HPB-0520", [.. ProtocolTestDevice.DefinedEndpoints(new HoneyPlayBoxProtocol().Definition)]);
        var connecting = ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(time), hardware);
        await TestDevice.WaitForWritesAsync(hardware, 1);

        time.Advance(TimeSpan.FromSeconds(6) - TimeSpan.FromTicks(1));
        Assert.Single(hardware.Writes);
        time.Advance(TimeSpan.FromTicks(1));
        await TestDevice.WaitForWritesAsync(hardware, 2);
        Assert.Equal(Convert.FromHexString("02a55a55aaf001b10100020010033686"), hardware.Writes[1].Data);

        time.Advance(TimeSpan.FromSeconds(4));
        var e = await Assert.ThrowsAsync<ProtocolException>(() => connecting);
        Assert.Contains("did not answer", e.Message);
        Assert.Equal(2, hardware.Writes.Count);
    }

    [Fact]
    public async Task An_answer_to_the_second_attempt_counts_both_frames()
    {
        var time = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("HPB-0520", [.. ProtocolTestDevice.DefinedEndpoints(new HoneyPlayBoxProtocol().Definition)]);
        var connecting = ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(time), hardware);
        await TestDevice.WaitForWritesAsync(hardware, 1);
        TestDevice.AnswerHandshakes(hardware, TestDevice.Answer);
        time.Advance(TimeSpan.FromSeconds(6));
        await using var device = await connecting.WaitAsync(TimeSpan.FromSeconds(10));

        // Counters 0 and 1 went to the handshakes; the first command frame has counter 3.
        Assert.Equal([TestDevice.Tx("02a55a55aaf003b1030010010005003c00000aab937627f04d231203bd0d")],
            device.Translate(new OutputCommand(0, Sdk.Definitions.OutputType.Vibrate, 10)));
    }

    [Fact]
    public async Task A_disconnect_during_the_handshake_is_a_hardware_error()
    {
        var hardware = MemoryHardware.Create("HPB-0520", [.. ProtocolTestDevice.DefinedEndpoints(new HoneyPlayBoxProtocol().Definition)]);
        var connecting = ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(new FakeTimeProvider()), hardware);
        await TestDevice.WaitForWritesAsync(hardware, 1);
        await hardware.DisconnectAsync();
        await Assert.ThrowsAsync<HardwareException>(() => connecting);
    }

    [Fact]
    public async Task Frames_without_a_key_are_ignored_until_a_real_answer_comes()
    {
        // Code 9000 but no key, then the real answer.
        var keyless = Frame.Build(0xB1, 0x01, [0x90, 0x00], 0);
        await using var device = await ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(new FakeTimeProvider()), WithAnswers(keyless, TestDevice.Answer));
        Assert.Equal("Honey Play Box Pearl 2", device.Model.Name);
    }

    private static MemoryHardware WithAnswers(params byte[][] answers)
    {
        var hardware = MemoryHardware.Create("HPB-0520", [.. ProtocolTestDevice.DefinedEndpoints(new HoneyPlayBoxProtocol().Definition)]);
        TestDevice.AnswerHandshakes(hardware, answers);
        return hardware;
    }
}
