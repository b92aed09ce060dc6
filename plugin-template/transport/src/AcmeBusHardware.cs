using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace AcmeBus;

/// <summary>
/// One connected device on the bus: named endpoints the protocol writes to and reads from.
/// This sample keeps what was written (and logs it); a real transport sends it over the bus.
/// </summary>
public sealed class AcmeBusHardware(DeviceIdentity identity, IReadOnlyCollection<string> endpoints, ILogger logger) : IHardware
{
    private readonly List<(string Endpoint, byte[] Data)> _written = [];
    private bool _disconnected;

    /// <inheritdoc/>
    public DeviceIdentity Identity { get; } = identity;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Endpoints { get; } = endpoints;

    /// <summary>Everything written so far, in order.</summary>
    public IReadOnlyList<(string Endpoint, byte[] Data)> Written { get { lock (_written) return [.. _written]; } }

    /// <inheritdoc/>
    public event EventHandler<HardwareNotification>? Notification;

    /// <inheritdoc/>
    public event EventHandler? Disconnected;

    /// <inheritdoc/>
    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        CheckEndpoint(endpoint);
        lock (_written)
            _written.Add((endpoint, data.ToArray()));
        logger.LogDebug("{Device}: write {Endpoint} {Data}", Identity.Name, endpoint, Convert.ToHexString(data.Span));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken)
    {
        CheckEndpoint(endpoint);
        return Task.FromResult(Array.Empty<byte>());
    }

    /// <inheritdoc/>
    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken)
    {
        CheckEndpoint(endpoint);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Passes bytes the device sent on <paramref name="endpoint"/> to the protocol.</summary>
    public void Receive(string endpoint, byte[] data) => Notification?.Invoke(this, new HardwareNotification(endpoint, data));

    /// <inheritdoc/>
    public Task DisconnectAsync()
    {
        lock (_written)
        {
            if (_disconnected)
                return Task.CompletedTask;
            _disconnected = true;
        }
        Disconnected?.Invoke(this, EventArgs.Empty);
        return Task.CompletedTask;
    }

    private void CheckEndpoint(string endpoint)
    {
        if (!Endpoints.Contains(endpoint))
            throw new HardwareException($"{Identity.Name} has no endpoint {endpoint}.");
        if (_disconnected)
            throw new HardwareException($"{Identity.Name} is disconnected.");
    }
}
