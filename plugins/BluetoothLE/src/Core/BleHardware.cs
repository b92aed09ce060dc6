using System.Collections.Concurrent;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>
/// A connected LE device as the host sees it: named endpoints over an OS connection. Notifications
/// reach the host only from subscribed endpoints; every failure is a <see cref="HardwareException"/>
/// naming the device, the endpoint and the OS error; <see cref="Disconnected"/> is raised once.
/// </summary>
internal sealed class BleHardware : IHardware
{
    private readonly IBleConnection _connection;
    private readonly IReadOnlyDictionary<string, BleCharacteristic> _endpoints;
    private readonly Dictionary<BleCharacteristic, string> _byCharacteristic;
    private readonly ConcurrentDictionary<string, byte> _subscribed = new();
    private readonly ILogger _logger;
    private readonly Action<BleHardware> _onGone;
    private string? _goneReason;

    public BleHardware(DeviceIdentity identity, IBleConnection connection, IReadOnlyDictionary<string, BleCharacteristic> endpoints,
        ILogger logger, Action<BleHardware> onGone)
    {
        Identity = identity;
        _connection = connection;
        _endpoints = endpoints;
        _byCharacteristic = endpoints.ToDictionary(e => e.Value, e => e.Key);
        _logger = logger;
        _onGone = onGone;
    }

    public DeviceIdentity Identity { get; }

    public IReadOnlyCollection<string> Endpoints => [.. _endpoints.Keys];

    public bool IsGone => Volatile.Read(ref _goneReason) is not null;

    public event EventHandler<HardwareNotification>? Notification;

    public event EventHandler? Disconnected;

    /// <summary>Starts listening to the connection; a connection already lost makes the device gone at once.</summary>
    public void Attach()
    {
        _connection.ValueChanged += OnValueChanged;
        _connection.Lost += Gone;
        if (!_connection.IsConnected)
            Gone("the device disconnected");
    }

    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken) =>
        RunAsync(endpoint, "write", c => _connection.WriteAsync(c, data, withResponse, cancellationToken));

    public async Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken)
    {
        byte[] value = [];
        await RunAsync(endpoint, "read", async c => value = await _connection.ReadAsync(c, cancellationToken));
        return value;
    }

    public async Task SubscribeAsync(string endpoint, CancellationToken cancellationToken)
    {
        // Listen first: the device may notify as soon as notifications are on.
        _subscribed[endpoint] = 0;
        try
        {
            await RunAsync(endpoint, "subscribe", c => _connection.SetNotifyAsync(c, true, cancellationToken));
        }
        catch
        {
            _subscribed.TryRemove(endpoint, out _);
            throw;
        }
    }

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken)
    {
        _subscribed.TryRemove(endpoint, out _);
        return RunAsync(endpoint, "unsubscribe", c => _connection.SetNotifyAsync(c, false, cancellationToken));
    }

    public async Task DisconnectAsync()
    {
        if (IsGone)
            return;
        try
        {
            await _connection.DisconnectAsync();
        }
        catch (BleException e)
        {
            // Already disconnected, or the OS stack is gone: either way the device is no longer ours.
            _logger.LogDebug("Disconnect of {Device}: {Error}", Describe(), e.Message);
        }
        Gone("disconnect requested");
    }

    /// <summary>The device is gone (it disconnected, the OS forgot it, the adapter or stack went away). Raises Disconnected once.</summary>
    public void Gone(string reason)
    {
        if (Interlocked.CompareExchange(ref _goneReason, reason, null) is not null)
            return;
        _connection.ValueChanged -= OnValueChanged;
        _connection.Lost -= Gone;
        _onGone(this);
        _logger.LogInformation("Bluetooth LE device {Device} disconnected: {Reason}", Describe(), reason);
        Disconnected?.Invoke(this, EventArgs.Empty);
    }

    private void OnValueChanged(BleCharacteristic characteristic, byte[] value)
    {
        if (!IsGone && _byCharacteristic.TryGetValue(characteristic, out var endpoint) && _subscribed.ContainsKey(endpoint))
            Notification?.Invoke(this, new HardwareNotification(endpoint, value));
    }

    private async Task RunAsync(string endpoint, string operation, Func<BleCharacteristic, Task> call)
    {
        if (Volatile.Read(ref _goneReason) is { } reason)
            throw new HardwareException($"{Describe()} is disconnected ({reason}).");
        if (!_endpoints.TryGetValue(endpoint, out var characteristic))
            throw new HardwareException($"{Describe()} has no endpoint '{endpoint}' (it has: {string.Join(", ", _endpoints.Keys)}).");
        try
        {
            await call(characteristic);
        }
        catch (Exception e) when (e is not OperationCanceledException and not HardwareException)
        {
            // The device vanishing mid-operation is the likely cause when it is gone by now; say so.
            throw Volatile.Read(ref _goneReason) is { } gone
                ? new HardwareException($"{Describe()} is disconnected ({gone}); the {operation} on {endpoint} did not complete.", e)
                : new HardwareException($"The {operation} on {endpoint} of {Describe()} failed: {e.Message}", e);
        }
    }

    private string Describe() => Identity.Name.Length > 0 ? $"{Identity.Name} ({Identity.Address})" : Identity.Address;
}
