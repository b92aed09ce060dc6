using ButtplugHost.Devices;
using ButtplugHost.Devices.UserConfig;
using ButtplugHost.Protocol;
using ButtplugHost.Protocol.Handlers;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Dashboard;

/// <summary>
/// What a person can do on the status page: drive one output (checked and limited exactly as a
/// client's command), stop everything, and change a device's user settings. Outputs driven from the
/// page are stopped when the last page closes.
/// </summary>
internal sealed class DashboardActions(DeviceManager devices, UserDeviceConfig userConfig, ILogger<DashboardActions> logger)
{
    private readonly HashSet<ConnectedDevice> _driven = [];

    /// <summary>POST /api/devices/{index}/output with {"feature":0,"type":"Vibrate","value":10} (the client's steps).</summary>
    public async Task<IResult> SetOutputAsync(uint index, HttpRequest request)
    {
        if (devices.Find(index) is not { } device)
            return PageRequests.Problem(404, $"No device {index}.");
        var body = await PageRequests.ReadAsync<OutputRequest>(request);
        if (body is null)
            return PageRequests.Problem(400, "Expected {\"feature\": N, \"type\": \"Vibrate\", \"value\": N}.");
        OutputCommand command;
        try
        {
            command = OutputHandlers.Check(device, body.Feature, body.Type, body.Value);
        }
        catch (ButtplugError e)
        {
            return PageRequests.Problem(400, e.Message);
        }
        lock (_driven)
            _driven.Add(device);
        device.QueueOutputs([command]);
        return Results.NoContent();
    }

    /// <summary>POST /api/stop-all: every device stops, whoever drives it.</summary>
    public async Task<IResult> StopAllAsync()
    {
        logger.LogInformation("Stop all, from the status page");
        await devices.StopAllAsync();
        lock (_driven)
            _driven.Clear();
        return Results.NoContent();
    }

    /// <summary>POST /api/scan and /api/stop-scan: look for devices without an app.</summary>
    public async Task<IResult> ScanAsync(bool on)
    {
        if (!on)
        {
            await devices.StopScanningAsync();
            return Results.NoContent();
        }
        await devices.WaitForBusesAsync();
        if (devices.WhyNoTransportCanScan() is { } reason)
            return PageRequests.Problem(409, reason);
        await devices.StartScanningAsync();
        return Results.NoContent();
    }

    /// <summary>
    /// POST /api/devices/{index}/settings with {"displayName", "allow", "deny", "limits":[{"feature","type","max"}]}:
    /// written to the user device config; the device reconnects so the change applies (a denied one is dropped).
    /// </summary>
    public async Task<IResult> SaveSettingsAsync(uint index, HttpRequest request)
    {
        if (devices.Find(index) is not { UserKey: { } key } device)
            return PageRequests.Problem(404, $"No device {index}.");
        var body = await PageRequests.ReadAsync<SettingsRequest>(request);
        if (body is null)
            return PageRequests.Problem(400, "Expected {\"displayName\", \"allow\", \"deny\", \"limits\"}.");
        if (body.DisplayName is { Length: > 100 })
            return PageRequests.Problem(400, "The name is longer than 100 characters.");
        foreach (var limit in body.Limits ?? [])
        {
            var output = device.Info.Feature((uint)limit.Feature)?.Output?.GetValueOrDefault(limit.Type);
            if (output is null)
                return PageRequests.Problem(400, $"Feature {limit.Feature} has no {limit.Type} output.");
            if (limit.Max is { } max && (max < 0 || max > output.Value.Max))
                return PageRequests.Problem(400, $"The limit {max} of feature {limit.Feature} is outside 0–{output.Value.Max}.");
        }
        var edited = userConfig.Edit(key, entry =>
        {
            entry.UserConfig.DisplayName = string.IsNullOrWhiteSpace(body.DisplayName) ? null : body.DisplayName.Trim();
            entry.UserConfig.Allow = body.Allow;
            entry.UserConfig.Deny = body.Deny;
            foreach (var limit in body.Limits ?? [])
            {
                if (limit.Feature < 0 || limit.Feature >= entry.Features.Count)
                    continue;
                var outputs = entry.Features[limit.Feature].Output ??= [];
                var settings = outputs.TryGetValue(limit.Type, out var s) ? s : outputs[limit.Type] = new UserOutputSettings();
                settings.Value = limit.Max is { } m ? new ValueRange(settings.Value?.Min ?? 0, m) : null;
            }
        });
        if (!edited)
            return PageRequests.Problem(404, $"Device {index} has no entry in the user device config.");
        logger.LogInformation("Device {Index}: settings changed on the status page", index);
        if (body.Deny)
            await devices.DropAsync(device);
        else
            await devices.ReconnectAsync(device);
        return Results.NoContent();
    }

    /// <summary>The last status page closed: what it started stops.</summary>
    public async Task StopDrivenAsync()
    {
        List<ConnectedDevice> driven;
        lock (_driven)
        {
            driven = [.. _driven];
            _driven.Clear();
        }
        foreach (var device in driven.Where(d => devices.Devices.Contains(d)))
            await devices.StopDeviceAsync(device);
    }

    private sealed record OutputRequest(uint Feature, OutputType Type, int Value);

    private sealed record SettingsRequest(string? DisplayName, bool Allow, bool Deny, List<LimitRequest>? Limits);

    private sealed record LimitRequest(int Feature, OutputType Type, int? Max);
}
