using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MonsterPub.Tests;

/// <summary>Toys with <c>rx</c> answer a challenge read from it: its 15 last bytes XOR the key its first byte picks.</summary>
public class AuthenticationTests
{
    private static readonly string[] WithRx = [.. TestDevice.TxVibrateToy, Endpoints.Rx];

    [Theory]
    [InlineData(0, "2IPO2IPO2IPO2IP")]
    [InlineData(1, "LSBBLSBBLSBBLSB")]
    [InlineData(2, "SIS6SIS6SIS6SIS")]
    [InlineData(3, "TALKTALKTALKTAL")]
    public async Task A_zero_challenge_is_answered_with_the_key_itself(byte key, string answer)
    {
        await using var device = await TestDevice.ConnectAsync("MP2_JK_N_P1", WithRx, challenge: [key, .. new byte[15]]);
        var ops = device.Hardware.Operations.Where(o => o.Endpoint == Endpoints.Rx).ToList();
        Assert.Equal([HardwareOperationKind.Read, HardwareOperationKind.Write], ops.Select(o => o.Kind));
        Assert.Equal(System.Text.Encoding.ASCII.GetBytes(answer), ops[1].Data);
        Assert.True(ops[1].WithResponse);
    }

    [Fact]
    public async Task The_challenge_is_xored_byte_by_byte()
    {
        // "TALK…" XOR "TALK…" = 0; in the last place 0xFF XOR 'L' (0x4C) = 0xB3.
        byte[] challenge = [3, .. "TALKTALKTALKTA"u8, 0xFF];
        await using var device = await TestDevice.ConnectAsync("MP2_JK_N_P1", WithRx, challenge: challenge);
        Assert.Equal([HardwareCommand.Write(Endpoints.Rx, [.. new byte[14], 0xB3], withResponse: true)], device.RecordedWrites());
    }

    [Fact]
    public async Task Devices_without_rx_are_not_challenged()
    {
        await using var device = await TestDevice.ConnectAsync("MP2_JK_N_P1", TestDevice.TxVibrateToy);
        Assert.Empty(device.RecordedWrites());
        Assert.DoesNotContain(device.Hardware.Operations, o => o.Endpoint == Endpoints.Rx);
    }

    [Fact]
    public async Task An_unknown_key_or_a_short_challenge_fails_the_connection()
    {
        await Assert.ThrowsAsync<ProtocolException>(() => TestDevice.ConnectAsync("MP2_JK_N_P1", WithRx, challenge: [4, .. new byte[15]]));
        await Assert.ThrowsAsync<ProtocolException>(() => TestDevice.ConnectAsync("MP2_JK_N_P1", WithRx, challenge: [0, 1, 2]));
    }

    [Fact]
    public async Task After_authentication_the_toy_is_driven_as_usual()
    {
        await using var device = await TestDevice.ConnectAsync("MP2_JK_N_P1", WithRx, challenge: [1, .. new byte[15]]);
        Assert.Equal([TestDevice.Write(Endpoints.TxVibrate, 0x32, 0x00)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 50)));
    }
}
