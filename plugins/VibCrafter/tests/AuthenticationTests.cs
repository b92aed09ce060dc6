using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.VibCrafter.Tests;

public class AuthenticationTests
{
    [Fact]
    public void Cipher_matches_known_answers()
    {
        Assert.Equal(Packets.GreetingAbc123, VibCrafterCipher.Encrypt("Auth:abc123;"));
        Assert.Equal("ab12:xyz;", VibCrafterCipher.Decrypt(Packets.ChallengeXyz));
    }

    [Theory]
    [InlineData("ab12:xyz;", "Auth:3608;")]
    [InlineData("Q9z1:Hello42;", "Auth:788b;")]
    [InlineData("OK;", null)]
    [InlineData("abc:xyz;", null)]
    [InlineData("ab12:x-z;", null)]
    [InlineData("ab12:xyz", null)]
    public void Answer_is_the_first_two_bytes_of_the_hash_of_the_challenge_value(string challenge, string? answer) =>
        Assert.Equal(answer, VibCrafterAuthentication.Answer(challenge));

    [Fact]
    public void Random_code_is_six_letters_or_digits() =>
        Assert.All(Enumerable.Range(0, 20).Select(_ => VibCrafterAuthentication.RandomCode()), code =>
        {
            Assert.Equal(6, code.Length);
            Assert.All(code, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
        });

    [Fact]
    public async Task Handshake_subscribes_greets_answers_the_challenge_and_ends_on_OK()
    {
        var hardware = TestDevice.Cooperative("Hayden");
        await using var device = await ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware);
        Assert.Equal("VibCrafter Hayden", device.Model.Name);
        Assert.Equal(
            [
                (HardwareOperationKind.Subscribe, Endpoints.Rx, ""),
                (HardwareOperationKind.Write, Endpoints.Tx, Convert.ToHexString(Packets.GreetingAbc123)),
                (HardwareOperationKind.Notify, Endpoints.Rx, Convert.ToHexString(Packets.ChallengeXyz)),
                (HardwareOperationKind.Write, Endpoints.Tx, Convert.ToHexString(Packets.AnswerXyz)),
                (HardwareOperationKind.Notify, Endpoints.Rx, Convert.ToHexString(Packets.Ok)),
            ],
            hardware.Operations.Select(o => (o.Kind, o.Endpoint, Convert.ToHexString(o.Data ?? []))));
        Assert.All(hardware.Operations.Where(o => o.Kind == HardwareOperationKind.Write), o => Assert.False(o.WithResponse));
    }

    [Fact]
    public async Task A_second_challenge_is_answered_too()
    {
        var hardware = MemoryHardware.Create("Nidalee", Endpoints.Tx, Endpoints.Rx);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.GreetingAbc123, Endpoints.Rx, Packets.ChallengeXyz));
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.AnswerXyz, Endpoints.Rx, Packets.ChallengeHello42));
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.AnswerHello42, Endpoints.Rx, Packets.Ok));
        await using var device = await ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware);
        Assert.Equal([Packets.GreetingAbc123, Packets.AnswerXyz, Packets.AnswerHello42], hardware.Writes.Select(w => w.Data));
    }

    [Fact]
    public async Task An_answer_that_is_no_challenge_fails_the_connection()
    {
        var hardware = MemoryHardware.Create("Janna", Endpoints.Tx, Endpoints.Rx);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.GreetingAbc123, Endpoints.Rx, Packets.Nope));
        var e = await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware));
        Assert.Contains("NOPE;", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_does_not_decrypt_fails_the_connection()
    {
        var hardware = MemoryHardware.Create("Janna", Endpoints.Tx, Endpoints.Rx);
        hardware.AddReply(new ScriptedReply(Endpoints.Tx, Packets.GreetingAbc123, Endpoints.Rx, [0x01, 0x02, 0x03]));
        var e = await Assert.ThrowsAsync<ProtocolException>(() => ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware));
        Assert.Contains("does not decrypt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silence_fails_the_connection_after_the_timeout()
    {
        var clock = new FakeTimeProvider();
        var hardware = MemoryHardware.Create("be gentle", Endpoints.Tx, Endpoints.Rx);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.OperationRecorded += (_, o) => { if (o.Kind == HardwareOperationKind.Write) written.TrySetResult(); };
        var connecting = ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(clock), hardware);
        await written.Task.WaitAsync(TimeSpan.FromSeconds(30));

        clock.Advance(VibCrafterProtocol.DefaultAuthenticationTimeout - TimeSpan.FromMilliseconds(1));
        Assert.False(connecting.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var e = await Assert.ThrowsAsync<ProtocolException>(() => connecting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("within 10 s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disconnect_during_the_handshake_fails_the_connection()
    {
        var hardware = MemoryHardware.Create("Hayden", Endpoints.Tx, Endpoints.Rx);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.OperationRecorded += (_, o) => { if (o.Kind == HardwareOperationKind.Write) written.TrySetResult(); };
        var connecting = ProtocolTestDevice.ConnectAsync(TestDevice.Protocol(), hardware);
        await written.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await hardware.DisconnectAsync();
        await Assert.ThrowsAsync<HardwareException>(() => connecting.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
