namespace ButtplugHost.Sdk.Hardware;

/// <summary>
/// One operation a protocol asks of the hardware. Protocols return these from pure translation
/// methods, so their byte output can be tested without a host or a device.
/// </summary>
public abstract record HardwareCommand(string Endpoint)
{
    /// <summary>Write <paramref name="data"/> to an endpoint.</summary>
    public static HardwareCommand Write(string endpoint, byte[] data, bool withResponse = false) =>
        new HardwareWrite(endpoint, data, withResponse);

    /// <summary>Write an ASCII/UTF-8 string to an endpoint.</summary>
    public static HardwareCommand Write(string endpoint, string text, bool withResponse = false) =>
        new HardwareWrite(endpoint, System.Text.Encoding.UTF8.GetBytes(text), withResponse);

    /// <summary>Subscribe to an endpoint.</summary>
    public static HardwareCommand Subscribe(string endpoint) => new HardwareSubscribe(endpoint);

    /// <summary>Unsubscribe from an endpoint.</summary>
    public static HardwareCommand Unsubscribe(string endpoint) => new HardwareUnsubscribe(endpoint);

    /// <summary>Carries the command out on <paramref name="hardware"/>.</summary>
    public abstract Task ExecuteAsync(IHardware hardware, CancellationToken cancellationToken);
}

/// <summary>A write of bytes to an endpoint.</summary>
/// <param name="Endpoint">The endpoint name.</param>
/// <param name="Data">The bytes.</param>
/// <param name="WithResponse">Whether the write is acknowledged (BLE).</param>
public sealed record HardwareWrite(string Endpoint, byte[] Data, bool WithResponse) : HardwareCommand(Endpoint)
{
    /// <inheritdoc/>
    public override Task ExecuteAsync(IHardware hardware, CancellationToken cancellationToken) =>
        hardware.WriteAsync(Endpoint, Data, WithResponse, cancellationToken);

    /// <summary>Value equality on the bytes, so tests can compare commands directly.</summary>
    public bool Equals(HardwareWrite? other) =>
        other is not null && Endpoint == other.Endpoint && WithResponse == other.WithResponse && Data.AsSpan().SequenceEqual(other.Data);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Endpoint, WithResponse, Data.Length);

    /// <inheritdoc/>
    public override string ToString() => $"Write({Endpoint}, [{string.Join(",", Data)}], withResponse: {WithResponse})";
}

/// <summary>A subscription to an endpoint.</summary>
/// <param name="Endpoint">The endpoint name.</param>
public sealed record HardwareSubscribe(string Endpoint) : HardwareCommand(Endpoint)
{
    /// <inheritdoc/>
    public override Task ExecuteAsync(IHardware hardware, CancellationToken cancellationToken) =>
        hardware.SubscribeAsync(Endpoint, cancellationToken);
}

/// <summary>The end of a subscription to an endpoint.</summary>
/// <param name="Endpoint">The endpoint name.</param>
public sealed record HardwareUnsubscribe(string Endpoint) : HardwareCommand(Endpoint)
{
    /// <inheritdoc/>
    public override Task ExecuteAsync(IHardware hardware, CancellationToken cancellationToken) =>
        hardware.UnsubscribeAsync(Endpoint, cancellationToken);
}
