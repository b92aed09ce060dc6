using ButtplugHost.Configuration;
using ButtplugHost.Devices;
using ButtplugHost.Server;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Metrics;

/// <summary>
/// What <c>/healthz</c> answers: "ready" once the client endpoint listens and the buses have started,
/// "degraded" while a bus the configuration turns on (its section's <c>Enabled</c>, or a <c>--use-*</c>
/// flag) is unavailable, "starting" before (the endpoint already serves clients while the transport
/// plugins load and start: <see cref="DeviceManager.BusesStarted"/>).
/// </summary>
internal sealed class HealthReport(DeviceManager devices, ClientEndpointService endpoint, IConfiguration configuration)
{
    /// <summary>The status, the HTTP status code that goes with it, and each bus.</summary>
    public (string Status, int HttpStatus, IReadOnlyList<BusHealth> Buses) Check()
    {
        var buses = devices.Buses.Select(b => new BusHealth(b.Name, b.UnavailableReason is null, b.UnavailableReason, IsConfigured(b.Name))).ToList();
        var listening = endpoint.Port is not null || endpoint.ConnectsOut;
        if (!listening || !devices.BusesStarted.IsCompleted)
            return ("starting", 503, buses);
        return buses.Any(b => b.Configured && !b.Available) ? ("degraded", 200, buses) : ("ready", 200, buses);
    }

    private bool IsConfigured(string transport) =>
        StartupNotices.SectionOf(transport) is { } section && configuration.GetValue<bool>($"{section}:Enabled");

    /// <summary>One bus: whether it works now, why not, and whether the configuration asks for it.</summary>
    internal sealed record BusHealth(string Name, bool Available, string? Reason, bool Configured);
}
