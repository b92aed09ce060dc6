using System.Security.Cryptography;
using System.Threading.Channels;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fluffer;

/// <summary>
/// The challenge a Fluffer must answer before it takes commands: <c>[A5 01 08, 4 random bytes, the
/// first 4 bytes of SHA-256(random ‖ device bytes)]</c>, encrypted, on <c>tx</c>; the toy answers
/// <c>A5 01 01 00</c> (encrypted) on <c>rx</c> when it accepts. Then <c>82 0E 02 00 01</c> starts it.
/// </summary>
internal static class FlufferAuthentication
{
    private static readonly byte[] Accepted = [0xA5, 0x01, 0x01, 0x00];
    private static readonly byte[] StartCommand = [0x82, 0x0E, 0x02, 0x00, 0x01];

    /// <summary>The plain challenge for <paramref name="random"/> and the advertisement's device bytes.</summary>
    public static byte[] Challenge(byte[] random, byte[] deviceBytes)
    {
        var digest = SHA256.HashData([.. random, .. deviceBytes]);
        return [0xA5, 0x01, 0x08, .. random, .. digest.AsSpan(0, 4)];
    }

    public static async Task RunAsync(IHardware hardware, byte[] advertisement, byte[] random, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var replies = Channel.CreateUnbounded<byte[]>();
        void OnNotification(object? sender, HardwareNotification n)
        {
            if (n.Endpoint == Endpoints.Rx)
                replies.Writer.TryWrite(n.Data);
        }
        void OnDisconnected(object? sender, EventArgs e) =>
            replies.Writer.TryComplete(new HardwareException("The Fluffer disconnected during authentication."));

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        hardware.Notification += OnNotification;
        hardware.Disconnected += OnDisconnected;
        try
        {
            var challenge = FlufferCipher.Encrypt(Challenge(random, FlufferAdvertisement.DeviceBytes(advertisement)));
            await hardware.WriteAsync(Endpoints.Tx, challenge, withResponse: false, cancellationToken);
            var reply = await replies.Reader.ReadAsync(timeoutSource.Token);
            if (!Accepted.AsSpan().SequenceEqual(Decrypt(reply)))
                throw new ProtocolException("The Fluffer refused the authentication (its answer was not A5 01 01 00).");
            await hardware.WriteAsync(Endpoints.Tx, FlufferCipher.Encrypt(StartCommand), withResponse: false, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ProtocolException($"The Fluffer did not answer the authentication within {timeout.TotalSeconds:0.#} s.");
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

    private static byte[] Decrypt(byte[] reply)
    {
        try
        {
            return FlufferCipher.Decrypt(reply);
        }
        catch (CryptographicException e)
        {
            throw new ProtocolException($"The Fluffer's authentication answer ({Convert.ToHexString(reply)}) does not decrypt.", e);
        }
    }
}
