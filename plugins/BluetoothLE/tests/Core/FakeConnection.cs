using System.Collections.Concurrent;
using System.Text;
using ButtplugHost.Plugins.BluetoothLE.Core;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>A connection to a <see cref="FakeDevice"/>: records writes, answers them, and can vanish.</summary>
internal sealed class FakeConnection(FakeDevice device) : IBleConnection
{
    private readonly ConcurrentDictionary<BleCharacteristic, bool> _notifying = new();
    private int _lost;

    public FakeDevice Device { get; } = device;

    public IReadOnlyList<BleCharacteristic> Characteristics => Device.Characteristics;

    public bool IsConnected => Volatile.Read(ref _lost) == 0;

    public bool DisconnectCalled { get; private set; }

    public ConcurrentQueue<(BleCharacteristic On, byte[] Data, bool WithResponse)> Writes { get; } = new();

    /// <summary>When set, writes wait for it (to make a device vanish mid-write).</summary>
    public TaskCompletionSource? WriteGate { get; set; }

    /// <summary>Completed when a write has started waiting on <see cref="WriteGate"/>.</summary>
    public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event Action<BleCharacteristic, byte[]>? ValueChanged;

    public event Action<string>? Lost;

    public bool IsNotifying(BleCharacteristic characteristic) => _notifying.GetValueOrDefault(characteristic);

    public async Task WriteAsync(BleCharacteristic characteristic, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        if (WriteGate is { } gate)
        {
            WriteStarted.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }
        if (!IsConnected)
            throw new BleException("fake: not connected");
        if (Device.WriteError is { } error)
            throw new BleException(error);
        Writes.Enqueue((characteristic, data.ToArray(), withResponse));
        if (Device.Replies.TryGetValue(Encoding.ASCII.GetString(data.Span), out var reply) && IsNotifying(reply.On))
            ValueChanged?.Invoke(reply.On, Encoding.ASCII.GetBytes(reply.Reply));
    }

    public Task<byte[]> ReadAsync(BleCharacteristic characteristic, CancellationToken cancellationToken)
    {
        if (!IsConnected)
            throw new BleException("fake: not connected");
        var value = Device.Values.GetValueOrDefault(characteristic, []);
        // Like BlueZ, a read also shows up as a value change.
        ValueChanged?.Invoke(characteristic, value);
        return Task.FromResult(value);
    }

    public Task SetNotifyAsync(BleCharacteristic characteristic, bool enabled, CancellationToken cancellationToken)
    {
        if (!IsConnected)
            throw new BleException("fake: not connected");
        _notifying[characteristic] = enabled;
        return Task.CompletedTask;
    }

    public Task DisconnectAsync()
    {
        DisconnectCalled = true;
        Interlocked.Exchange(ref _lost, 1);
        return Task.CompletedTask;
    }

    /// <summary>The device notifies (delivered whether or not it is subscribed: the core must filter).</summary>
    public void Notify(BleCharacteristic characteristic, byte[] value) => ValueChanged?.Invoke(characteristic, value);

    /// <summary>The device goes away.</summary>
    public void Lose(string reason)
    {
        if (Interlocked.Exchange(ref _lost, 1) == 0)
            Lost?.Invoke(reason);
    }
}
