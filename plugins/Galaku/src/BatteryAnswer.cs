using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Galaku;

/// <summary>
/// Catches the first notification on <c>rxblebattery</c>; its first byte is the level. Create it
/// before writing the request, so an answer that comes during the write is not missed.
/// </summary>
internal sealed class BatteryAnswer : IDisposable
{
    private readonly IHardware _hardware;
    private readonly TaskCompletionSource<int> _level = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BatteryAnswer(IHardware hardware)
    {
        _hardware = hardware;
        hardware.Notification += OnNotification;
        hardware.Disconnected += OnDisconnected;
    }

    /// <summary>The level, or null when no answer came within <paramref name="timeout"/>.</summary>
    /// <exception cref="ProtocolException">The device disconnected while waiting.</exception>
    public async Task<int?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await _level.Task.WaitAsync(timeout, cancellationToken);
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
        if (notification.Endpoint == Endpoints.RxBleBattery && notification.Data.Length > 0)
            _level.TrySetResult(notification.Data[0]);
    }

    private void OnDisconnected(object? sender, EventArgs e) =>
        _level.TrySetException(new ProtocolException($"{_hardware.Identity.Name} disconnected while reporting its battery."));
}
