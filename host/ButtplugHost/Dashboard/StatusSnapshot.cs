using System.Text.Json;
using System.Text.Json.Serialization;
using ButtplugHost.Devices;
using ButtplugHost.Metrics;
using ButtplugHost.Plugins;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Server;

namespace ButtplugHost.Dashboard;

/// <summary>Everything the status page shows, read from the running server as one JSON document.</summary>
internal sealed class StatusSnapshot(
    DeviceManager devices,
    PluginCatalog catalog,
    ClientEndpointService endpoint,
    UserDeviceConfig userConfig,
    DeviceReadings readings,
    HealthReport health,
    RecentLog log,
    string serverName,
    DateTimeOffset started)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string Version = typeof(StatusSnapshot).Assembly.GetName().Version?.ToString(3) ?? "?";

    /// <summary>Client approval: the requests waiting now and the remembered decisions (null: not shown).</summary>
    public Session.Approval.ClientApprovals? Approvals { get; init; }

    public string ToJson() => JsonSerializer.Serialize(Build(), Json);

    private Status Build()
    {
        var (state, _, buses) = health.Check();
        return new Status(
            new ServerPart(serverName, Version, endpoint.Address, started, state, userConfig.FilePath),
            [.. endpoint.Clients.Select(c => new ClientPart(c.Session.ClientName, c.Session.Version, c.Remote, c.Since,
                [.. devices.Owners.DrivenBy(c.Session).OrderBy(k => k.Device.Info.Index).ThenBy(k => k.FeatureIndex)
                    .Select(k => new DrivenPart(k.Device.Info.Index, k.Device.Info.DisplayName ?? k.Device.Info.Name, k.FeatureIndex, k.Type))]))],
            [.. devices.Devices.OrderBy(d => d.Info.Index).Select(Device)],
            Plugins(),
            [.. buses.Select(b => new BusPart(b.Name, b.Available, b.Reason, b.Configured, b.Loaded))],
            [.. log.Lines.TakeLast(100).Select(l => new LogPart(l.Time, l.Level, l.Category, l.Message))],
            Approvals is null ? null : ApprovalView.Of(Approvals));
    }

    private DevicePart Device(ConnectedDevice device)
    {
        var levels = device.Outputs.ToDictionary(o => (o.FeatureIndex, o.Type), o => o.Value);
        var key = device.UserKey;
        var settings = key is null ? null : userConfig.Read(key, s => new SettingsPart(s.UserConfig.DisplayName, s.UserConfig.Allow, s.UserConfig.Deny,
            [.. (s.Features ?? []).Select((f, i) => (f, i)).SelectMany(x => (x.f.Output ?? []).Select(o => new LimitPart(x.i, o.Key, o.Value.Value?.Min, o.Value.Value?.Max, o.Value.Disabled)))]));
        return new DevicePart(
            device.Info.Index,
            device.Info.Name,
            device.Info.DisplayName,
            device.Protocol,
            device.PluginId,
            device.Identity.Transport,
            device.Identity.Address,
            readings.Battery(device),
            readings.Rssi(device),
            [.. device.Info.Features.Where(f => f.Output is { Count: > 0 }).Select(f => new FeaturePart(f.Index, f.Description,
                [.. f.Output!.Select(o => new OutputPart(o.Key, o.Value.Value.Min, o.Value.Value.Max, levels.GetValueOrDefault((f.Index, o.Key))))]))],
            settings);
    }

    private List<PluginPart> Plugins()
    {
        var loaded = catalog.Plugins.Select(p => new PluginPart(p.Id, p.Version, p.SdkVersion.ToString(), p.Kind, "loaded", null, p.Folder));
        // Protocol plugins known from their data: loaded the first time a device needs them.
        var declared = catalog.Declared.Where(d => d.Loaded is null).Select(d => new PluginPart(d.Id, d.Data.Version, d.Data.Manifest?.SdkVersion, "protocol",
            d.LoadError is null ? "not loaded yet" : "failed", d.LoadError, d.Folder));
        // Transport plugins that load at the first scan.
        var waiting = catalog.WaitingForScan.Select(d => new PluginPart(d.Id, d.Version, d.Manifest?.SdkVersion, d.Kind, "loads at the first scan", null, d.Folder));
        var failed = catalog.Failures.Select(f => new PluginPart(Path.GetFileName(f.Key), null, null, null, "failed", f.Value, f.Key));
        return [.. loaded.Concat(declared).Concat(waiting).Concat(failed).OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase)];
    }

    private sealed record Status(ServerPart Server, List<ClientPart> Clients, List<DevicePart> Devices, List<PluginPart> Plugins, List<BusPart> Buses, List<LogPart> Log, ApprovalView? Approvals);

    private sealed record ServerPart(string Name, string Version, string? Address, DateTimeOffset Started, string Health, string? UserDeviceConfigFile);

    private sealed record ClientPart(string? Name, int? SpecVersion, string Address, DateTimeOffset Since, List<DrivenPart> Drives);

    /// <summary>One output a client drives now (several clients share the devices).</summary>
    private sealed record DrivenPart(uint Device, string DeviceName, int Feature, OutputType Type);

    private sealed record DevicePart(uint Index, string Name, string? DisplayName, string Protocol, string Plugin, string Bus, string Address, int? Battery, int? Rssi, List<FeaturePart> Features, SettingsPart? Settings);

    private sealed record FeaturePart(int Index, string Description, List<OutputPart> Outputs);

    private sealed record OutputPart(OutputType Type, int Min, int Max, int Level);

    private sealed record SettingsPart(string? DisplayName, bool Allow, bool Deny, List<LimitPart> Limits);

    private sealed record LimitPart(int Feature, OutputType Type, int? Min, int? Max, bool Disabled);

    private sealed record PluginPart(string Id, string? Version, string? SdkVersion, string? Kind, string State, string? Error, string Folder);

    private sealed record BusPart(string Name, bool Available, string? Reason, bool Configured, bool Loaded);

    private sealed record LogPart(DateTimeOffset Time, string Level, string Category, string Message);
}
