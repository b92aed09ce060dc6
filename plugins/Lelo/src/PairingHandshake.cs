using System.Threading.Channels;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>
/// The pairing of Lelo V2 and Harmony devices, on a security characteristic:
/// subscribe and listen; "not authorised" means the user must press the power button, after which
/// the device sends a password; the password is written back (acknowledged, and only while
/// unsubscribed, which the firmware requires) and the characteristic subscribed again, until it
/// reports "authorised". The device stays subscribed afterwards.
/// </summary>
internal sealed class PairingHandshake(string endpoint, Func<byte[], PairingState> classify, string deviceKind, TimeSpan timeout)
    : IConnectionStep
{
    public string Endpoint { get; } = endpoint;

    public async Task RunAsync(IHardware hardware, ILogger logger, CancellationToken cancellationToken)
    {
        var notifications = Channel.CreateUnbounded<byte[]>();
        void OnNotification(object? sender, HardwareNotification n)
        {
            if (n.Endpoint == Endpoint)
                notifications.Writer.TryWrite(n.Data);
        }
        void OnDisconnected(object? sender, EventArgs e) =>
            notifications.Writer.TryComplete(new HardwareException($"{deviceKind} disconnected while pairing."));

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        hardware.Notification += OnNotification;
        hardware.Disconnected += OnDisconnected;
        try
        {
            await hardware.SubscribeAsync(Endpoint, cancellationToken);
            while (true)
            {
                var value = await notifications.Reader.ReadAsync(timeoutSource.Token);
                switch (classify(value))
                {
                    case PairingState.NotAuthorised:
                        logger.LogInformation("{Device} is not authorised: press its power button to complete the connection.", deviceKind);
                        break;
                    case PairingState.Authorised:
                        logger.LogDebug("{Device} is authorised.", deviceKind);
                        return;
                    case PairingState.Password:
                        logger.LogDebug("{Device} sent its password; writing it back.", deviceKind);
                        await hardware.UnsubscribeAsync(Endpoint, cancellationToken);
                        await hardware.WriteAsync(Endpoint, value, withResponse: true, cancellationToken);
                        await hardware.SubscribeAsync(Endpoint, cancellationToken);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ProtocolException($"{deviceKind} was not authorised within {timeout.TotalSeconds:0.#} s: press its power button while connecting.");
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
}
