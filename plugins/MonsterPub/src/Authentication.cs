using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MonsterPub;

/// <summary>
/// Devices with an <c>rx</c> characteristic must be unlocked before they move: read 16 bytes from
/// <c>rx</c>; the first selects one of four keys, the other 15 are XORed with it, and the result is
/// written back to <c>rx</c>, acknowledged.
/// </summary>
internal static class Authentication
{
    private const int ChallengeLength = 16;

    // Each key is a four-letter word repeated to 15 bytes: "2IPO", "LSBB", "SIS6", "TALK".
    private static readonly byte[][] Keys =
    [
        Repeat("2IPO"u8),
        Repeat("LSBB"u8),
        Repeat("SIS6"u8),
        Repeat("TALK"u8),
    ];

    public static async Task RunAsync(IHardware hardware, CancellationToken cancellationToken)
    {
        var challenge = await hardware.ReadAsync(Endpoints.Rx, cancellationToken);
        await hardware.WriteAsync(Endpoints.Rx, Answer(challenge, hardware.Identity.Name), withResponse: true, cancellationToken);
    }

    public static byte[] Answer(byte[] challenge, string deviceName)
    {
        if (challenge.Length < ChallengeLength)
            throw new ProtocolException($"{deviceName} sent a {challenge.Length}-byte authentication challenge; 16 bytes were expected.");
        if (challenge[0] >= Keys.Length)
            throw new ProtocolException($"{deviceName} asked for authentication key {challenge[0]}; only keys 0-3 are known.");
        var key = Keys[challenge[0]];
        var answer = new byte[ChallengeLength - 1];
        for (var i = 0; i < answer.Length; i++)
            answer[i] = (byte)(challenge[i + 1] ^ key[i]);
        return answer;
    }

    private static byte[] Repeat(ReadOnlySpan<byte> word)
    {
        var key = new byte[ChallengeLength - 1];
        for (var i = 0; i < key.Length; i++)
            key[i] = word[i % word.Length];
        return key;
    }
}
