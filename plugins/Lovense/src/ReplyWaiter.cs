using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// Catches the first notification a predicate accepts. Create it before writing the request, so an
/// answer the device sends during the write is not missed; other notifications are ignored.
/// </summary>
internal sealed class ReplyWaiter : IDisposable
{
    private readonly IHardware _hardware;
    private readonly Func<byte[], bool> _accept;
    private readonly TaskCompletionSource<byte[]> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReplyWaiter(IHardware hardware, Func<byte[], bool> accept)
    {
        _hardware = hardware;
        _accept = accept;
        hardware.Notification += OnNotification;
        hardware.Disconnected += OnDisconnected;
    }

    /// <summary>The accepted notification's bytes, or null when none came within <paramref name="timeout"/>.</summary>
    /// <exception cref="ProtocolException">The device disconnected while waiting.</exception>
    public async Task<byte[]?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await _reply.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _hardware.Notification -= OnNotification;
        _hardware.Disconnected -= OnDisconnected;
    }

    private void OnNotification(object? sender, HardwareNotification notification)
    {
        if (_accept(notification.Data))
            _reply.TrySetResult(notification.Data);
    }

    private void OnDisconnected(object? sender, EventArgs e) =>
        _reply.TrySetException(new ProtocolException($"{_hardware.Identity.Name} disconnected while waiting for an answer."));
}
