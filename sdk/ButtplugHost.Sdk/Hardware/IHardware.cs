using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Sdk.Hardware;

/// <summary>
/// A connected device as its bus presents it: named endpoints that can be written, read and
/// subscribed to. Created by <see cref="ITransport.ConnectAsync"/>. Operations on a device that has
/// gone away throw <see cref="HardwareException"/>.
/// </summary>
public interface IHardware
{
    /// <summary>The identity the device was found with.</summary>
    DeviceIdentity Identity { get; }

    /// <summary>The endpoint names this device has (see <see cref="Endpoints"/>).</summary>
    IReadOnlyCollection<string> Endpoints { get; }

    /// <summary>Writes bytes to an endpoint.</summary>
    /// <param name="endpoint">Endpoint name.</param>
    /// <param name="data">The bytes.</param>
    /// <param name="withResponse">BLE: write with response (acknowledged). Ignored on buses without the notion.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken);

    /// <summary>Reads bytes from an endpoint.</summary>
    Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken);

    /// <summary>Starts delivering the endpoint's data through <see cref="Notification"/>.</summary>
    Task SubscribeAsync(string endpoint, CancellationToken cancellationToken);

    /// <summary>Stops delivering the endpoint's data.</summary>
    Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken);

    /// <summary>Data arriving on a subscribed endpoint (or, on stream buses, on <c>rx</c>).</summary>
    event EventHandler<HardwareNotification>? Notification;

    /// <summary>Raised once when the device goes away, whoever caused it.</summary>
    event EventHandler? Disconnected;

    /// <summary>Closes the connection. Raises <see cref="Disconnected"/>.</summary>
    Task DisconnectAsync();
}
