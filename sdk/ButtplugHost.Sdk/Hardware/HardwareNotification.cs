namespace ButtplugHost.Sdk.Hardware;

/// <summary>Bytes a device sent on an endpoint.</summary>
/// <param name="Endpoint">The endpoint name.</param>
/// <param name="Data">The bytes.</param>
public sealed record HardwareNotification(string Endpoint, byte[] Data);
