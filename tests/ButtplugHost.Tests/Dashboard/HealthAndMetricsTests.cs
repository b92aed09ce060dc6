using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Dashboard;

/// <summary>/healthz and /metrics over HTTP, and who may use the status port.</summary>
public sealed partial class HealthAndMetricsTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Health_is_ready_when_every_configured_bus_works()
    {
        await using var server = await StatusServer.StartAsync(null, "--use-serial");
        await ScanOnceAsync(server);
        var (status, body) = await GetJsonAsync(server.PageUrl + "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", body["status"]!.ToString());
        Assert.Contains(body["buses"]!.AsArray(), b => b!["name"]!.ToString() == "serial" && b["available"]!.GetValue<bool>() && b["loaded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Before_the_first_scan_a_bus_that_loads_then_is_listed_not_loaded_and_the_server_is_ready()
    {
        await using var server = await StatusServer.StartAsync(null, "--use-serial");
        var (status, body) = await GetJsonAsync(server.PageUrl + "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", body["status"]!.ToString());
        var serial = body["buses"]!.AsArray().Single(b => b!["name"]!.ToString() == "serial")!;
        Assert.False(serial["loaded"]!.GetValue<bool>());
        Assert.False(serial["available"]!.GetValue<bool>());
        Assert.True(serial["configured"]!.GetValue<bool>());
        Assert.Equal("not loaded yet: loads at the first scan", serial["reason"]!.ToString());
        Assert.DoesNotContain(server.Host.Log, l => l.Contains("Bus serial", StringComparison.Ordinal));
    }

    // A client's scan: the buses that wait for it load and start.
    private static async Task ScanOnceAsync(StatusServer server)
    {
        await using var client = await RawClient.ConnectAsync(server.Host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        await server.Host.WaitForLogAsync("for the first scan", 30_000);
    }

    [Fact]
    public async Task Health_is_degraded_while_a_configured_bus_is_unavailable_and_says_why()
    {
        await using var server = await StatusServer.StartAsync(null, "--use-bluetooth-le", "--BluetoothLE:Backend=WinRT");
        await ScanOnceAsync(server);
        await server.Host.WaitForLogAsync("Transport btle is unavailable");
        var (status, body) = await GetJsonAsync(server.PageUrl + "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body["status"]!.ToString());
        var btle = body["buses"]!.AsArray().Single(b => b!["name"]!.ToString() == "btle")!;
        Assert.False(btle["available"]!.GetValue<bool>());
        Assert.True(btle["configured"]!.GetValue<bool>());
        Assert.Contains("Windows only", btle["reason"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_count_a_known_sequence_of_commands()
    {
        using var extra = new TempDir();
        var broken = Directory.CreateDirectory(Path.Combine(extra.Path, "Broken")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(broken, "Broken.dll"), [1, 2, 3]);
        await using var server = await StatusServer.StartAsync(extra.Path);
        await using (var client = await RawClient.ConnectAsync(server.Host.Url))
        {
            await client.HandshakeAsync(3);
            await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
            await client.ReceiveAsync("DeviceAdded", 20_000);
            Assert.NotNull((await client.RequestAsync("""[{"ScalarCmd":{"Id":3,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]}}]""", 3))["Ok"]);
            await server.Sim.WaitForWritesAsync(w => w.Contains("Vibrate:10;"), 20_000);
            Assert.Equal(3, (await client.RequestAsync("""[{"NoSuchMessage":{"Id":4}}]""", 4))["Error"]!["ErrorCode"]!.GetValue<int>());
            Assert.Equal(4, (await client.RequestAsync("""[{"ScalarCmd":{"Id":5,"DeviceIndex":7,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]}}]""", 5))["Error"]!["ErrorCode"]!.GetValue<int>());

            var metrics = await Http.GetStringAsync(server.PageUrl + "/metrics");

            Assert.Equal(1, Value(metrics, """buttplughost_messages_total{type="RequestServerInfo"}"""));
            Assert.Equal(1, Value(metrics, """buttplughost_messages_total{type="StartScanning"}"""));
            Assert.Equal(2, Value(metrics, """buttplughost_messages_total{type="ScalarCmd"}"""));
            Assert.Equal(1, Value(metrics, """buttplughost_messages_total{type="unknown"}"""));
            Assert.Equal(1, Value(metrics, """buttplughost_errors_total{code="3"}"""));
            Assert.Equal(1, Value(metrics, """buttplughost_errors_total{code="4"}"""));
            Assert.True(Value(metrics, "buttplughost_device_writes_total") >= 1);
            Assert.Equal(1, Value(metrics, "buttplughost_connected_devices"));
            Assert.Equal(1, Value(metrics, "buttplughost_plugin_load_failures_total"));
            Assert.Contains("# TYPE buttplughost_coalesced_commands_total counter", metrics, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_foreign_Host_or_a_foreign_page_is_refused()
    {
        await using var server = await StatusServer.StartAsync();
        using var rebinding = new HttpRequestMessage(HttpMethod.Get, server.PageUrl + "/api/status");
        rebinding.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await Http.SendAsync(rebinding)).StatusCode);

        using var foreign = new HttpRequestMessage(HttpMethod.Post, server.PageUrl + "/api/stop-all");
        foreign.Headers.Add("Origin", "https://attacker.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(foreign)).StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Post, server.PageUrl + "/api/stop-all");
        own.Headers.Add("Origin", server.PageUrl);
        Assert.Equal(HttpStatusCode.NoContent, (await Http.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task With_a_token_every_request_needs_it()
    {
        await using var server = await StatusServer.StartAsync(null, "--auth-token", "s3cret");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.GetAsync(server.PageUrl + "/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(server.PageUrl + "/healthz?token=s3cret")).StatusCode);
        using var bearer = new HttpRequestMessage(HttpMethod.Get, server.PageUrl + "/metrics");
        bearer.Headers.Authorization = new("Bearer", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await Http.SendAsync(bearer)).StatusCode);
    }

    private static async Task<(HttpStatusCode, JsonObject)> GetJsonAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static double Value(string metrics, string series)
    {
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No series {series} in:\n{metrics}");
        return double.Parse(line[(series.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
