namespace AcmeBus;

/// <summary>One device on the bus, as configured in the host's <c>AcmeBus:Devices</c> section.</summary>
/// <param name="Name">The name the device reports (what protocols' <c>names</c> match).</param>
/// <param name="Address">Where the device is on the bus.</param>
public sealed record AcmeBusDevice(string Name, string Address);
