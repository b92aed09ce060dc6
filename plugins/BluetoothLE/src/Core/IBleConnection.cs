namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>One connected LE device as the OS stack presents it: its GATT characteristics and their operations.</summary>
internal interface IBleConnection
{
    /// <summary>Every characteristic the device offers (services resolved).</summary>
    IReadOnlyList<BleCharacteristic> Characteristics { get; }

    /// <summary>False once the OS says the device is gone.</summary>
    bool IsConnected { get; }

    /// <summary>A characteristic's value arrived (notification or indication; reads may raise it too).</summary>
    event Action<BleCharacteristic, byte[]>? ValueChanged;

    /// <summary>The device went away, with a reason in plain words. Raised at most once.</summary>
    event Action<string>? Lost;

    /// <summary>Writes a value, acknowledged (<paramref name="withResponse"/>) or not.</summary>
    Task WriteAsync(BleCharacteristic characteristic, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken);

    /// <summary>Reads a value.</summary>
    Task<byte[]> ReadAsync(BleCharacteristic characteristic, CancellationToken cancellationToken);

    /// <summary>Turns notifications (or indications) on or off.</summary>
    Task SetNotifyAsync(BleCharacteristic characteristic, bool enabled, CancellationToken cancellationToken);

    /// <summary>Closes the connection; does not raise <see cref="Lost"/>.</summary>
    Task DisconnectAsync();
}
