using System.Threading.Channels;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fredorch;

/// <summary>
/// Queues a device's notifications from the moment it is created, so an answer that arrives during
/// a write (or a subscription) is not missed; the start-up handshakes take them one at a time.
/// </summary>
internal sealed class NotificationQueue : IDisposable
{
    private readonly IHardware _hardware;
    private readonly TimeProvider _time;
    // null marks the device's disconnection.
    private readonly Channel<byte[]?> _queue = Channel.CreateUnbounded<byte[]?>();

    public NotificationQueue(IHardware hardware, TimeProvider time)
    {
        _hardware = hardware;
        _time = time;
        hardware.Notification += OnNotification;
        hardware.Disconnected += OnDisconnected;
    }

    /// <summary>The next notification, or null when none comes within <paramref name="timeout"/>.</summary>
    /// <exception cref="ProtocolException">The device disconnected.</exception>
    public async Task<byte[]?> NextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var expiry = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        byte[]? data;
        try
        {
            data = await _queue.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        return data ?? throw new ProtocolException($"{_hardware.Identity.Name} disconnected while initialising.");
    }

    public void Dispose()
    {
        _hardware.Notification -= OnNotification;
        _hardware.Disconnected -= OnDisconnected;
    }

    private void OnNotification(object? sender, HardwareNotification notification) => _queue.Writer.TryWrite((byte[])notification.Data.Clone());

    private void OnDisconnected(object? sender, EventArgs e) => _queue.Writer.TryWrite(null);
}
