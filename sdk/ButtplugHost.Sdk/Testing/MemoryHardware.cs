using System.Collections.Concurrent;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Sdk.Testing;

/// <summary>
/// An in-memory <see cref="IHardware"/> that records every operation and answers from a script.
/// For protocol tests (initialisation, reads) and for simulated devices.
/// </summary>
public sealed class MemoryHardware : IHardware
{
    private readonly object _gate = new();
    private readonly List<HardwareOperation> _operations = [];
    private readonly ConcurrentDictionary<string, byte[]> _readValues = new();
    private readonly List<ScriptedReply> _replies = [];
    private readonly HashSet<string> _subscribed = [];
    private readonly HashSet<string> _endpoints;
    private readonly TimeProvider _time;
    private bool _disconnected;

    /// <summary>Creates a device with the given identity and endpoints.</summary>
    public MemoryHardware(DeviceIdentity identity, IEnumerable<string> endpoints, TimeProvider? time = null)
    {
        Identity = identity;
        _endpoints = [.. endpoints];
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Creates a BLE-like device with <c>tx</c> and <c>rx</c>, for protocol tests.</summary>
    public static MemoryHardware Create(string name = "Test Device", params string[] endpoints) =>
        new(new DeviceIdentity { Transport = "memory", Bus = BusKind.BluetoothLE, Address = "00:00:00:00:00:00", Name = name },
            endpoints.Length == 0 ? [Hardware.Endpoints.Tx, Hardware.Endpoints.Rx] : endpoints);

    /// <inheritdoc/>
    public DeviceIdentity Identity { get; }

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Endpoints => _endpoints;

    /// <summary>Whether the device has been disconnected.</summary>
    public bool IsDisconnected { get { lock (_gate) return _disconnected; } }

    /// <summary>Raised after each recorded operation.</summary>
    public event EventHandler<HardwareOperation>? OperationRecorded;

    /// <inheritdoc/>
    public event EventHandler<HardwareNotification>? Notification;

    /// <inheritdoc/>
    public event EventHandler? Disconnected;

    /// <summary>A snapshot of every operation so far.</summary>
    public IReadOnlyList<HardwareOperation> Operations { get { lock (_gate) return [.. _operations]; } }

    /// <summary>The bytes of every write so far, in order.</summary>
    public IReadOnlyList<(string Endpoint, byte[] Data)> Writes
    {
        get { lock (_gate) return [.. _operations.Where(o => o.Kind == HardwareOperationKind.Write).Select(o => (o.Endpoint!, o.Data!))]; }
    }

    /// <summary>Adds a scripted reply; the newest matching reply wins.</summary>
    public void AddReply(ScriptedReply reply) { lock (_gate) _replies.Add(reply); }

    /// <summary>Adds a scripted reply from strings (e.g. <c>"DeviceType;"</c> → <c>"Z:11:0082059AD3BD;"</c>).</summary>
    public void AddReply(string endpoint, string whenPrefix, string replyEndpoint, string reply) =>
        AddReply(new ScriptedReply(endpoint, System.Text.Encoding.UTF8.GetBytes(whenPrefix), replyEndpoint, System.Text.Encoding.UTF8.GetBytes(reply)));

    /// <summary>Sets what reading <paramref name="endpoint"/> returns.</summary>
    public void SetReadValue(string endpoint, byte[] value) => _readValues[endpoint] = value;

    /// <summary>Forgets the recorded operations.</summary>
    public void ClearOperations() { lock (_gate) _operations.Clear(); }

    /// <summary>Records a connect (transports call this when handing the device out).</summary>
    public void RecordConnect() => Record(HardwareOperationKind.Connect, null, null);

    /// <inheritdoc/>
    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        CheckUsable(endpoint);
        var bytes = data.ToArray();
        Record(HardwareOperationKind.Write, endpoint, bytes, withResponse);
        ScriptedReply? reply = null;
        lock (_gate)
        {
            // A loop, not LINQ: this runs on every write of a simulated device (benchmarks count its allocations).
            for (var i = _replies.Count - 1; i >= 0 && reply is null; i--)
            {
                if (_replies[i].Endpoint == endpoint && bytes.AsSpan().StartsWith(_replies[i].WhenPrefix))
                    reply = _replies[i];
            }
        }
        if (reply is not null)
            Notify(reply.ReplyEndpoint, reply.Reply);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken)
    {
        CheckUsable(endpoint);
        var value = _readValues.TryGetValue(endpoint, out var v) ? v : [];
        Record(HardwareOperationKind.Read, endpoint, value);
        return Task.FromResult(value);
    }

    /// <inheritdoc/>
    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken)
    {
        CheckUsable(endpoint);
        lock (_gate) _subscribed.Add(endpoint);
        Record(HardwareOperationKind.Subscribe, endpoint, null);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken)
    {
        CheckUsable(endpoint);
        lock (_gate) _subscribed.Remove(endpoint);
        Record(HardwareOperationKind.Unsubscribe, endpoint, null);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sends bytes from the device on <paramref name="endpoint"/>. Delivered only while the endpoint is
    /// subscribed, as a BLE characteristic would.
    /// </summary>
    public void Notify(string endpoint, byte[] data)
    {
        lock (_gate)
        {
            if (_disconnected || !_subscribed.Contains(endpoint))
                return;
        }
        Record(HardwareOperationKind.Notify, endpoint, data);
        Notification?.Invoke(this, new HardwareNotification(endpoint, data));
    }

    /// <inheritdoc/>
    public Task DisconnectAsync()
    {
        lock (_gate)
        {
            if (_disconnected)
                return Task.CompletedTask;
            _disconnected = true;
        }
        Record(HardwareOperationKind.Disconnect, null, null);
        Disconnected?.Invoke(this, EventArgs.Empty);
        return Task.CompletedTask;
    }

    private void CheckUsable(string endpoint)
    {
        if (IsDisconnected)
            throw new HardwareException($"{Identity.Name} ({Identity.Address}) is disconnected.");
        if (!_endpoints.Contains(endpoint))
            throw new HardwareException($"{Identity.Name} has no endpoint '{endpoint}'.");
    }

    private void Record(HardwareOperationKind kind, string? endpoint, byte[]? data, bool withResponse = false)
    {
        var op = new HardwareOperation(_time.GetUtcNow(), kind, endpoint, data, withResponse);
        lock (_gate) _operations.Add(op);
        OperationRecorded?.Invoke(this, op);
    }
}
