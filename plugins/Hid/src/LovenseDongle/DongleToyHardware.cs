using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>
/// A toy behind the dongle, as the Lovense protocol expects a Lovense toy: text written to <c>tx</c> is
/// sent as the dongle's <c>command</c> for this toy, the toy's answers arrive on <c>rx</c>. Subscribing is
/// accepted and changes nothing (the dongle forwards every answer), as in the reference.
/// </summary>
internal sealed class DongleToyHardware(DeviceIdentity identity, Action<string> sendCommand, Action release) : IHardware
{
    private int _closed;

    public DeviceIdentity Identity { get; } = identity;

    public IReadOnlyCollection<string> Endpoints { get; } = [Sdk.Hardware.Endpoints.Tx, Sdk.Hardware.Endpoints.Rx];

    public event EventHandler<HardwareNotification>? Notification;

    public event EventHandler? Disconnected;

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        if (endpoint != Sdk.Hardware.Endpoints.Tx)
            return Task.FromException(new HardwareException($"Lovense dongle toy {Identity.Address} can only be written on 'tx', not '{endpoint}'."));
        ThrowIfClosed();
        try
        {
            sendCommand(Encoding.UTF8.GetString(data.Span));
        }
        catch (InvalidOperationException e)
        {
            return Task.FromException(new HardwareException(e.Message, e));
        }
        return Task.CompletedTask;
    }

    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) =>
        Task.FromException<byte[]>(new HardwareException($"Lovense dongle toy {Identity.Address} cannot be read on demand: answers arrive on 'rx'."));

    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => CheckRx(endpoint);

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => CheckRx(endpoint);

    public Task DisconnectAsync()
    {
        if (Close())
            release();
        return Task.CompletedTask;
    }

    /// <summary>The toy answered.</summary>
    public void Receive(string data)
    {
        if (!IsClosed)
            Notification?.Invoke(this, new HardwareNotification(Sdk.Hardware.Endpoints.Rx, Encoding.UTF8.GetBytes(data)));
    }

    /// <summary>The toy or the dongle went away.</summary>
    public void Gone() => Close();

    private bool Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return false;
        Disconnected?.Invoke(this, EventArgs.Empty);
        return true;
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
            throw new HardwareException($"Lovense dongle toy {Identity.Address} is disconnected.");
    }

    private Task CheckRx(string endpoint)
    {
        ThrowIfClosed();
        return endpoint == Sdk.Hardware.Endpoints.Rx
            ? Task.CompletedTask
            : Task.FromException(new HardwareException($"Lovense dongle toy {Identity.Address} has no endpoint '{endpoint}'."));
    }
}
