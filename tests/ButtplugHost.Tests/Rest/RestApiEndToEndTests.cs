using System.Net;
using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Rest;

/// <summary>The REST API over real HTTP against the real server with simulated toys (docs/rest-api.md).</summary>
public sealed class RestApiEndToEndTests
{
    [Fact]
    public async Task Scan_list_set_a_feature_to_half_stop_and_the_event_stream_shows_the_toy_come_and_go()
    {
        await using var server = await RestServer.StartAsync([]);
        await using var events = await RestEventStream.OpenAsync(server.Api + "/events");
        Assert.Equal("text/event-stream", events.ContentType);

        var (status, body) = await server.SendAsync(HttpMethod.Get, "/start-scanning");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", body);
        // The toy is switched on.
        await server.SetDevicesAsync(RestServer.Hush);
        var added = await events.NextAsync("DeviceAdded");
        Assert.Equal("Lovense Hush", added["device"]!["name"]!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/stop-scanning")).Status);

        // The reference's shapes: index → {index, name, display_name, features: index → DeviceFeature}.
        var devices = (await server.GetJsonAsync("/devices")).AsObject();
        var hush = Assert.Single(devices);
        Assert.Equal("0", hush.Key);
        Assert.Equal(0, hush.Value!["index"]!.GetValue<int>());
        Assert.Equal("Lovense Hush", hush.Value["name"]!.ToString());
        Assert.True(hush.Value.AsObject().ContainsKey("display_name"));
        Assert.Null(hush.Value["display_name"]);
        var vibrator = hush.Value["features"]!["0"]!;
        Assert.Equal(0, vibrator["FeatureIndex"]!.GetValue<int>());
        Assert.NotNull(vibrator["FeatureDescription"]);
        Assert.Null(vibrator["FeatureDescriptor"]);
        Assert.Equal("[0,20]", vibrator["Output"]!["Vibrate"]!["Value"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(hush.Value, await server.GetJsonAsync("/devices/0")));
        Assert.True(JsonNode.DeepEquals(hush.Value["features"], await server.GetJsonAsync("/devices/0/features")));
        Assert.True(JsonNode.DeepEquals(vibrator, await server.GetJsonAsync("/devices/0/features/0")));
        // The reference's own spelling of the one-feature route: PUT with a trailing slash.
        var (putStatus, putBody) = await server.SendAsync(HttpMethod.Put, "/devices/0/features/0/");
        Assert.Equal(HttpStatusCode.OK, putStatus);
        Assert.True(JsonNode.DeepEquals(vibrator, JsonNode.Parse(putBody)));

        await server.PutOkAsync("/devices/0/features/0/outputs/Vibrate/0.5");
        await server.Sim.WaitForWritesAsync(w => w.Contains("Vibrate:10;"), 20_000);
        await server.PutOkAsync("/devices/0/stop");
        var writes = await server.Sim.WaitForWritesAsync(w => w[^1] == "Vibrate:0;", 20_000);
        Assert.Equal("DeviceType;", writes[0]);
        Assert.Single(writes, "Vibrate:10;");

        await server.SetDevicesAsync();
        var removed = await events.NextAsync("DeviceRemoved");
        Assert.Equal(0, removed["device"]!["index"]!.GetValue<int>());
        Assert.Equal("Lovense Hush", removed["device"]!["name"]!.ToString());
        Assert.Empty((await server.GetJsonAsync("/devices")).AsObject());
    }

    [Fact]
    public async Task A_device_wide_output_drives_every_feature_of_that_type_and_stop_all_stops_them()
    {
        await using var server = await RestServer.StartAsync([RestServer.TestDevice]);
        var added = Assert.Single(await server.ScanAsync(1));
        Assert.Equal("Test Device", added["device"]!["name"]!.ToString());

        // Two vibrators, 20 and 10 steps: 0.5 is 10 and 5 (the reference's client scaling).
        await server.PutOkAsync("/devices/0/outputs/Vibrate/0.5");
        await server.Sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:10;") && w.Contains("F1:Vibrate:5;"), 20_000);
        // The snake-case spelling, a signed range, and any level above zero moves the output (rounded up).
        await server.PutOkAsync("/devices/0/features/2/outputs/rotate/-0.5");
        await server.PutOkAsync("/devices/0/features/4/outputs/Oscillate/0.01");
        await server.Sim.WaitForWritesAsync(w => w.Contains("F2:Rotate:-10;") && w.Contains("F4:Oscillate:1;"), 20_000);

        await server.PutOkAsync("/devices/stop");
        await server.Sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:0;") && w.Contains("F1:Vibrate:0;") && w.Contains("F2:Rotate:0;") && w.Contains("F4:Oscillate:0;"), 20_000);
    }

    [Fact]
    public async Task Input_readings_of_a_subscribed_input_reach_the_event_stream()
    {
        await using var server = await RestServer.StartAsync([RestServer.TestDevice]);
        await server.ScanAsync(1);
        await using var events = await RestEventStream.OpenAsync(server.Api + "/events");

        await server.PutOkAsync("/devices/0/features/5/inputs/Battery/subscribe");
        var reading = await server.PutJsonAsync("/devices/0/features/5/inputs/Battery/read");
        Assert.Equal(42, reading["value"]!.GetValue<int>());
        Assert.Equal("Battery", reading["input_type"]!.ToString());

        var pushed = await events.NextAsync("InputReading");
        Assert.Equal(0, pushed["index"]!.GetValue<int>());
        Assert.Equal(5, pushed["feature_index"]!.GetValue<int>());
        Assert.Equal("Battery", pushed["input_type"]!.ToString());
        Assert.Equal(42, pushed["value"]!.GetValue<int>());
        // The device-wide spelling finds the one feature with a battery.
        await server.PutOkAsync("/devices/0/inputs/battery/unsubscribe");
    }

    [Fact]
    public async Task When_the_server_stops_the_toys_the_REST_API_drove_stop()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        await server.ScanAsync(1);
        await server.PutOkAsync("/devices/0/outputs/Vibrate/0.5");
        await server.Sim.WaitForWritesAsync(w => w.Contains("Vibrate:10;"), 20_000);

        await server.Host.StopAsync();

        Assert.Equal("Vibrate:0;", server.Sim.Writes()[^1]);
        Assert.Contains(server.Host.Log, l => l.Contains("Client REST API disconnected: stopping all devices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scanning_finished_reaches_the_event_stream()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        await using var events = await RestEventStream.OpenAsync(server.Api + "/events");
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/start-scanning")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/stop-scanning")).Status);
        var finished = await events.NextAsync("ScanningFinished");
        Assert.Equal(["type"], finished.Select(p => p.Key));
    }
}
