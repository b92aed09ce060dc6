using System.Buffers.Binary;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.XInput;

/// <summary>
/// One controller slot. A write to <c>tx</c> is 4 bytes, the left (low-frequency) then the right
/// (high-frequency) motor speed as little-endian 16-bit numbers, set with <c>XInputSetState</c>;
/// reading <c>rx</c> gives the battery level byte (0–3), as the reference's XInput hardware.
/// </summary>
internal sealed class XInputHardware(DeviceIdentity identity, int slot, IXInputApi api) : IHardware
{
    private int _closed;

    public DeviceIdentity Identity { get; } = identity;

    public int Slot { get; } = slot;

    public IReadOnlyCollection<string> Endpoints { get; } = [Sdk.Hardware.Endpoints.Tx, Sdk.Hardware.Endpoints.Rx];

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public event EventHandler<HardwareNotification>? Notification
    {
        add { }
        remove { }
    }

    public event EventHandler? Disconnected;

    public Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (endpoint != Sdk.Hardware.Endpoints.Tx || data.Length != 4)
            throw new HardwareException($"{Identity.Name}: only 4-byte writes to tx (left and right motor speeds) are possible, not {data.Length} bytes to '{endpoint}'.");
        var left = BinaryPrimitives.ReadUInt16LittleEndian(data.Span);
        var right = BinaryPrimitives.ReadUInt16LittleEndian(data.Span[2..]);
        var error = api.SetVibration(Slot, left, right);
        if (error != 0)
            throw new HardwareException($"{Identity.Name}: XInputSetState failed with error {error}{(error == 1167 ? " (not connected)" : "")}.");
        return Task.CompletedTask;
    }

    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (endpoint != Sdk.Hardware.Endpoints.Rx)
            throw new HardwareException($"{Identity.Name} has no endpoint '{endpoint}' to read (only rx: the battery level).");
        var level = api.BatteryLevel(Slot) ?? throw new HardwareException($"{Identity.Name}: XInputGetBatteryInformation failed.");
        return Task.FromResult(new[] { level });
    }

    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) =>
        throw new HardwareException("XInput gamepads have no subscriptions.");

    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) =>
        throw new HardwareException("XInput gamepads have no subscriptions.");

    public Task DisconnectAsync()
    {
        Close();
        return Task.CompletedTask;
    }

    /// <summary>Marks the controller gone and raises <see cref="Disconnected"/> once.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
            Disconnected?.Invoke(this, EventArgs.Empty);
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
            throw new HardwareException($"{Identity.Name} is disconnected.");
    }
}
