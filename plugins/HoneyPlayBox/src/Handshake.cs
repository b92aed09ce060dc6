using System.Threading.Channels;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// The start-up handshake: subscribe to <c>rx</c>, write the handshake frame (acknowledged) to
/// <c>tx</c>, and read frames from <c>rx</c> until one answers. Response code 0x9000 carries the
/// 16-byte session key that signs every later command; any other code refuses the connection.
/// </summary>
internal static class Handshake
{
    private static ReadOnlySpan<byte> Request => [0x00, 0x10];

    /// <summary>The session key, and how many handshake frames were written (the next counter).</summary>
    public readonly record struct Result(byte[] Key, byte FramesWritten);

    public static async Task<Result> RunAsync(IHardware hardware, HandshakeTimings timings, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var notifications = Channel.CreateUnbounded<byte[]>();
        void OnNotification(object? sender, HardwareNotification n)
        {
            if (n.Endpoint == Endpoints.Rx)
                notifications.Writer.TryWrite(n.Data);
        }
        void OnDisconnected(object? sender, EventArgs e) =>
            notifications.Writer.TryComplete(new HardwareException($"{hardware.Identity.Name} disconnected during the Honey Play Box handshake."));

        hardware.Notification += OnNotification;
        hardware.Disconnected += OnDisconnected;
        try
        {
            await hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
            var collector = new FrameCollector();
            byte counter = 0;
            foreach (var wait in timings.Waits)
            {
                await hardware.WriteAsync(Endpoints.Tx, Frame.Build(Frame.MessageType, Frame.HandshakeCommand, Request, counter), withResponse: true, cancellationToken);
                counter++;
                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                using var timer = time.CreateTimer(_ => waiting.Cancel(), null, wait, Timeout.InfiniteTimeSpan);
                try
                {
                    while (true)
                    {
                        var data = await notifications.Reader.ReadAsync(waiting.Token);
                        foreach (var frame in collector.Push(data))
                        {
                            if (Answer(frame, hardware, logger) is { } key)
                                return new Result(key, counter);
                        }
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogDebug("{Device}: no handshake answer within {Seconds} s", hardware.Identity.Name, wait.TotalSeconds);
                }
            }
            throw new ProtocolException($"{hardware.Identity.Name} did not answer the Honey Play Box handshake ({timings.Waits.Count} attempts).");
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

    // The key of a successful answer; null for a frame that does not answer (no code, or no key).
    private static byte[]? Answer(byte[] frame, IHardware hardware, ILogger logger)
    {
        var data = Frame.Data(frame);
        if (data.Length < 2)
        {
            logger.LogWarning("{Device}: handshake frame without a response code", hardware.Identity.Name);
            return null;
        }
        var code = (ushort)((data[0] << 8) | data[1]);
        if (code != Frame.Success)
            throw new ProtocolException($"{hardware.Identity.Name} refused the Honey Play Box handshake (code {code:X4}).");
        if (data.Length < 2 + MotorPayload.KeyLength)
        {
            logger.LogWarning("{Device}: handshake answer without a session key", hardware.Identity.Name);
            return null;
        }
        return data.Slice(2, MotorPayload.KeyLength).ToArray();
    }
}
