using ButtplugHost.Configuration;
using ButtplugHost.Devices;
using ButtplugHost.Plugins;
using ButtplugHost.Server;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Metrics;

/// <summary>
/// What <c>/healthz</c> answers: "ready" once the client endpoint listens and the buses have started,
/// "degraded" while a bus the configuration turns on (its section's <c>Enabled</c>, or a <c>--use-*</c>
/// flag) is unavailable, "starting" before (the endpoint already serves clients while the transport
/// plugins load and start: <see cref="DeviceManager.BusesStarted"/>). A transport plugin that loads at the
/// first scan is listed by its plugin id, not loaded, until a scan loads it: whether its bus works is not
/// known before, so it does not make the server "degraded".
/// </summary>
internal sealed class HealthReport(DeviceManager devices, ClientEndpointService endpoint, IConfiguration configuration)
{
    /// <summary>The status, the HTTP status code that goes with it, and each bus.</summary>
    public (string Status, int HttpStatus, IReadOnlyList<BusHealth> Buses) Check()
    {
        var buses = devices.Buses.Select(b => new BusHealth(b.Name, b.UnavailableReason is null, b.UnavailableReason, IsConfigured(b.Name), Loaded: true))
            .Concat(devices.BusesNotLoaded.Select(d => new BusHealth(d.Id, false, NotLoaded, PluginSwitch.Sections(d).Any(s => configuration.GetValue<bool>($"{s}:Enabled")), Loaded: false)))
            .ToList();
        var listening = endpoint.Port is not null || endpoint.ConnectsOut;
        if (!listening || !devices.BusesStarted.IsCompleted)
            return ("starting", 503, buses);
        return buses.Any(b => b.Loaded && b.Configured && !b.Available) ? ("degraded", 200, buses) : ("ready", 200, buses);
    }

    private bool IsConfigured(string transport) =>
        StartupNotices.SectionOf(transport) is { } section && configuration.GetValue<bool>($"{section}:Enabled");

    /// <summary>The reason given for a bus whose plugin waits for the first scan.</summary>
    public const string NotLoaded = "not loaded yet: loads at the first scan";

    /// <summary>One bus: whether it works now, why not, whether the configuration asks for it, and whether its plugin is loaded.</summary>
    internal sealed record BusHealth(string Name, bool Available, string? Reason, bool Configured, bool Loaded);
}
