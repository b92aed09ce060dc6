using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.VibCrafter;

/// <summary>
/// The handshake a VibCrafter needs before it takes commands (all messages encrypted, see
/// <see cref="VibCrafterCipher"/>): we write <c>Auth:XXXXXX;</c> (six random letters and digits) to
/// <c>tx</c>; the toy answers on <c>rx</c> with a challenge <c>abcd:VALUE;</c>, to which we write
/// <c>Auth:hhhh;</c> — the first two bytes of SHA-256(VALUE) in hex — until it answers <c>OK;</c>.
/// Anything else fails the connection.
/// </summary>
internal static partial class VibCrafterAuthentication
{
    private const string Accepted = "OK;";

    /// <summary>The first message, for the random <paramref name="code"/>.</summary>
    public static string Greeting(string code) => $"Auth:{code};";

    /// <summary>The answer to a challenge text, or null when <paramref name="challenge"/> is not one.</summary>
    public static string? Answer(string challenge)
    {
        var match = ChallengePattern().Match(challenge);
        if (!match.Success)
            return null;
        var digest = SHA256.HashData(Encoding.ASCII.GetBytes(match.Groups[1].Value));
        return $"Auth:{digest[0]:x2}{digest[1]:x2};";
    }

    /// <summary>Six random ASCII letters and digits, as the reference draws them.</summary>
    public static string RandomCode() =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6);

    public static async Task RunAsync(IHardware hardware, string code, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var replies = Channel.CreateUnbounded<byte[]>();
        void OnNotification(object? sender, HardwareNotification n)
        {
            if (n.Endpoint == Endpoints.Rx)
                replies.Writer.TryWrite(n.Data);
        }
        void OnDisconnected(object? sender, EventArgs e) =>
            replies.Writer.TryComplete(new HardwareException("The VibCrafter disconnected during authentication."));

        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        hardware.Notification += OnNotification;
        hardware.Disconnected += OnDisconnected;
        try
        {
            await hardware.WriteAsync(Endpoints.Tx, VibCrafterCipher.Encrypt(Greeting(code)), withResponse: false, cancellationToken);
            while (true)
            {
                var text = Decrypt(await replies.Reader.ReadAsync(linked.Token));
                if (text == Accepted)
                    return;
                var answer = Answer(text)
                    ?? throw new ProtocolException($"The VibCrafter did not complete the handshake: it answered \"{text}\".");
                await hardware.WriteAsync(Endpoints.Tx, VibCrafterCipher.Encrypt(answer), withResponse: false, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ProtocolException($"The VibCrafter did not complete the handshake within {timeout.TotalSeconds:0.#} s.");
        }
        catch (ChannelClosedException e) when (e.InnerException is HardwareException inner)
        {
            throw inner;
        }
        finally
        {
            hardware.Notification -= OnNotification;
            hardware.Disconnected -= OnDisconnected;
        }
    }

    private static string Decrypt(byte[] reply)
    {
        try
        {
            return VibCrafterCipher.Decrypt(reply);
        }
        catch (CryptographicException e)
        {
            throw new ProtocolException($"The VibCrafter's handshake answer ({Convert.ToHexString(reply)}) does not decrypt.", e);
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9]{4}:([a-zA-Z0-9]+);$")]
    private static partial Regex ChallengePattern();
}
