using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.HoneyPlayBox.Tests;

/// <summary>A <see cref="MemoryHardware"/> that also counts write attempts, failed ones included.</summary>
internal sealed class CountingHardware(MemoryHardware inner) : IHardware
{
    private int _writeAttempts;

    public int WriteAttempts => Volatile.Read(ref _writeAttempts);

    public DeviceIdentity Identity => inner.Identity;

    public IReadOnlyCollection<string> Endpoints => inner.Endpoints;

    public event EventHandler<HardwareNotification>? Notification
    {
        add => inner.Notification += value;
        remove => inner.Notification -= value;
    }

    public event EventHandler? Disconnected
    {
        add => inner.Disconnected += value;
        remove => inner.Disconnected -= value;
    }

    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writeAttempts);
        return inner.WriteAsync(endpoint, data, withResponse, cancellationToken);
    }

    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken) => inner.ReadAsync(endpoint, cancellationToken);

    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) => inner.SubscribeAsync(endpoint, cancellationToken);

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) => inner.UnsubscribeAsync(endpoint, cancellationToken);

    public Task DisconnectAsync() => inner.DisconnectAsync();
}
