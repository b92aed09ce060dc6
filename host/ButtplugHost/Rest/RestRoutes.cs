using System.Globalization;
using System.Text.Json.Nodes;
using ButtplugHost.Sdk.Definitions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ButtplugHost.Rest;

/// <summary>
/// The reference's routes under <c>/api/v1</c> (intiface-engine's rest_server), each a request to
/// the in-process <see cref="RestClient"/>. Commands answer 200 with an empty body, queries JSON;
/// errors <c>{"error":"…"}</c> with their status (docs/rest-api.md).
/// </summary>
internal static class RestRoutes
{
    public static void Map(IEndpointRouteBuilder app, RestClient client, CancellationToken stopping)
    {
        var api = app.MapGroup("/api/v1");
        api.MapGet("/start-scanning", c => Run(c, async ct => await Command(client, new ClientMessage("StartScanning", _ => { }), null, ct)));
        api.MapGet("/stop-scanning", c => Run(c, async ct => await Command(client, new ClientMessage("StopScanning", _ => { }), null, ct)));
        api.MapGet("/devices", c => Run(c, async ct =>
        {
            await client.ConnectAsync(ct);
            var devices = new JsonObject();
            foreach (var (index, device) in client.Devices)
                devices[index.ToString(CultureInfo.InvariantCulture)] = device.ToJson();
            return devices;
        }));
        api.MapPut("/devices/stop", c => Run(c, async ct => await Command(client, new ClientMessage("StopCmd", w =>
        {
            w.WriteBoolean("Inputs", true);
            w.WriteBoolean("Outputs", true);
        }), null, ct)));
        api.MapGet("/devices/{index}", c => Run(c, async ct => (await DeviceAsync(client, c, ct)).ToJson()));
        api.MapPut("/devices/{index}/stop", c => Run(c, async ct =>
        {
            var device = await DeviceAsync(client, c, ct);
            return await Command(client, new ClientMessage("StopCmd", w =>
            {
                w.WriteNumber("DeviceIndex", device.Index);
                w.WriteBoolean("Inputs", true);
                w.WriteBoolean("Outputs", true);
            }), device.Index, ct);
        }));
        api.MapGet("/devices/{index}/features", c => Run(c, async ct => (await DeviceAsync(client, c, ct)).FeaturesJson()));
        // The reference serves one feature on PUT …/features/{feature}/; GET is the natural spelling.
        api.MapMethods("/devices/{index}/features/{feature}", [HttpMethods.Get, HttpMethods.Put], c => Run(c, async ct =>
        {
            var device = await DeviceAsync(client, c, ct);
            return device.Feature(Index(c, "feature", "feature index")).ToJson();
        }));
        api.MapPut("/devices/{index}/outputs/{output_type}/{level}", c => Run(c, async ct => await SetOutputAsync(client, c, featureIndex: null, ct)));
        api.MapPut("/devices/{index}/features/{feature}/outputs/{output_type}/{level}", c => Run(c, async ct =>
            await SetOutputAsync(client, c, Index(c, "feature", "feature index"), ct)));
        api.MapPut("/devices/{index}/inputs/{input_type}/{command}", c => Run(c, async ct => await InputAsync(client, c, featureIndex: null, ct)));
        api.MapPut("/devices/{index}/features/{feature}/inputs/{input_type}/{command}", c => Run(c, async ct =>
            await InputAsync(client, c, Index(c, "feature", "feature index"), ct)));
        api.MapGet("/events", c => RestEvents.StreamAsync(c, client, stopping));
    }

    // Every path parameter is read before the device is looked up: a malformed request is a 400
    // whatever the device list holds.
    private static async Task<JsonNode?> SetOutputAsync(RestClient client, HttpContext c, uint? featureIndex, CancellationToken ct)
    {
        var index = Index(c, "index", "device index");
        var type = OutputLevel.ParseType(Route(c, "output_type"));
        var level = OutputLevel.ParseLevel(Route(c, "level"));
        await client.ConnectAsync(ct);
        var device = client.Device(index);
        List<RestFeature> features;
        if (featureIndex is { } f)
        {
            var feature = device.Feature(f);
            if (!feature.Outputs.ContainsKey(type))
                throw RestError.BadRequest($"Device index {index} feature index {f} does not support output type {type}.");
            features = [feature];
        }
        else
        {
            // Every feature with this output, as the reference's client does.
            features = [.. device.Features.Values.Where(x => x.Outputs.ContainsKey(type))];
            if (features.Count == 0)
                throw RestError.BadRequest($"Device index {index} has no {type} output.");
        }
        var messages = features.Select(feature =>
        {
            var steps = OutputLevel.ToSteps(level, feature.Outputs[type], index, feature.Index, type);
            return new ClientMessage("OutputCmd", w =>
            {
                w.WriteNumber("DeviceIndex", index);
                w.WriteNumber("FeatureIndex", feature.Index);
                w.WriteStartObject("Command");
                w.WriteStartObject(type.ToString());
                w.WriteNumber("Value", steps);
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }).ToList();
        foreach (var reply in await client.SendAsync(messages, ct))
            client.ThrowIfError(reply, index);
        return null;
    }

    private static async Task<JsonNode?> InputAsync(RestClient client, HttpContext c, uint? featureIndex, CancellationToken ct)
    {
        var index = Index(c, "index", "device index");
        var type = RestInput.ParseType(Route(c, "input_type"));
        var command = RestInput.ParseCommand(Route(c, "command"));
        await client.ConnectAsync(ct);
        var feature = RestInput.Feature(client.Device(index), featureIndex, type);
        // Unsubscribe goes with Subscribe (the feature lists Read and Subscribe).
        if (!feature.Inputs[type].Contains(command == "Unsubscribe" ? "Subscribe" : command))
            throw RestError.BadRequest($"Device index {index} feature index {feature.Index}: {type} does not support {command.ToLowerInvariant()} (it supports {string.Join(", ", feature.Inputs[type]).ToLowerInvariant()}).");
        var reply = await client.RequestAsync(new ClientMessage("InputCmd", w =>
        {
            w.WriteNumber("DeviceIndex", index);
            w.WriteNumber("FeatureIndex", feature.Index);
            w.WriteString("Type", type.ToString());
            w.WriteString("Command", command);
        }), index, ct);
        return reply.Name == "InputReading" ? RestInput.ReadingJson(reply.Body) : null;
    }

    private static async Task<JsonNode?> Command(RestClient client, ClientMessage message, uint? device, CancellationToken ct)
    {
        await client.RequestAsync(message, device, ct);
        return null;
    }

    private static async Task<RestDevice> DeviceAsync(RestClient client, HttpContext c, CancellationToken ct)
    {
        var index = Index(c, "index", "device index");
        await client.ConnectAsync(ct);
        return client.Device(index);
    }

    private static string Route(HttpContext c, string name) => c.Request.RouteValues[name] as string ?? "";

    private static uint Index(HttpContext c, string name, string what)
    {
        var text = Route(c, name);
        return uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RestError.BadRequest($"{text} is not a valid {what} (a whole number, 0 or more).");
    }

    // A command answers 200 with an empty body (as the reference); a query its JSON.
    private static async Task Run(HttpContext context, Func<CancellationToken, Task<JsonNode?>> handler)
    {
        JsonNode? result;
        try
        {
            result = await handler(context.RequestAborted);
        }
        catch (RestError e)
        {
            await RestError.WriteAsync(context.Response, e.Status, e.Message);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            // A fault of ours, still answered in JSON.
            await RestError.WriteAsync(context.Response, StatusCodes.Status500InternalServerError, $"The REST API failed: {e.Message}");
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        if (result is null)
            return;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(result.ToJsonString(), context.RequestAborted);
    }
}
