namespace ButtplugHost.Sdk.Testing;

/// <summary>The kinds of operation <see cref="MemoryHardware"/> records.</summary>
public enum HardwareOperationKind
{
    /// <summary>The device was connected.</summary>
    Connect,
    /// <summary>Bytes were written.</summary>
    Write,
    /// <summary>An endpoint was read.</summary>
    Read,
    /// <summary>An endpoint was subscribed to.</summary>
    Subscribe,
    /// <summary>A subscription ended.</summary>
    Unsubscribe,
    /// <summary>The device sent a notification.</summary>
    Notify,
    /// <summary>The device was disconnected.</summary>
    Disconnect,
}

/// <summary>One recorded hardware operation.</summary>
/// <param name="Timestamp">When it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Endpoint">The endpoint, where one applies.</param>
/// <param name="Data">The bytes written, read or notified, where they apply.</param>
/// <param name="WithResponse">For writes: acknowledged or not.</param>
public sealed record HardwareOperation(DateTimeOffset Timestamp, HardwareOperationKind Kind, string? Endpoint, byte[]? Data, bool WithResponse = false);
