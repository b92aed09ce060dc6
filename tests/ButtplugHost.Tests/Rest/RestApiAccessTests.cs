using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Rest;

/// <summary>Who may use the REST API: the client port's rules (docs/rest-api.md, docs/security.md).</summary>
public sealed class RestApiAccessTests
{
    [Fact]
    public async Task A_page_from_a_foreign_origin_is_refused_and_nothing_moves()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        await server.ScanAsync(1);

        var (status, body) = await server.SendAsync(HttpMethod.Put, "/devices/0/outputs/Vibrate/1", r => r.Headers.Add("Origin", "https://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("origin", JsonNode.Parse(body)!["error"]!.ToString(), StringComparison.Ordinal);
        // Its CORS preflight is refused too, without the headers that would let the browser go on.
        using var preflight = await server.SendRawAsync(HttpMethod.Options, "/devices/0/outputs/Vibrate/1", r =>
        {
            r.Headers.Add("Origin", "https://evil.example");
            r.Headers.Add("Access-Control-Request-Method", "PUT");
        });
        Assert.Equal(HttpStatusCode.Forbidden, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        // An image or link on another site carries no Origin, but says where it comes from.
        var (crossSite, _) = await server.SendAsync(HttpMethod.Get, "/start-scanning", r => r.Headers.Add("Sec-Fetch-Site", "cross-site"));
        Assert.Equal(HttpStatusCode.Forbidden, crossSite);

        await server.Host.WaitForLogAsync("Refused REST request PUT /api/v1/devices/0/outputs/Vibrate/1");
        Assert.DoesNotContain(server.Sim.Writes(), w => w.StartsWith("Vibrate:", StringComparison.Ordinal) && w != "Vibrate:0;");
    }

    [Fact]
    public async Task A_page_served_from_loopback_may_use_it_and_read_the_answers()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        await server.ScanAsync(1);

        using var preflight = await server.SendRawAsync(HttpMethod.Options, "/devices/0/outputs/Vibrate/0.5", r =>
        {
            r.Headers.Add("Origin", "http://localhost:8080");
            r.Headers.Add("Access-Control-Request-Method", "PUT");
        });
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("http://localhost:8080", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("PUT", preflight.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);

        using var put = await server.SendRawAsync(HttpMethod.Put, "/devices/0/outputs/Vibrate/0.5", r => r.Headers.Add("Origin", "http://localhost:8080"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("http://localhost:8080", put.Headers.GetValues("Access-Control-Allow-Origin").Single());
        await server.Sim.WaitForWritesAsync(w => w.Contains("Vibrate:10;"), 20_000);
    }

    [Fact]
    public async Task A_Host_name_that_is_not_loopback_is_refused()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        var (status, body) = await server.SendAsync(HttpMethod.Get, "/start-scanning", r => r.Headers.Host = "evil.example");
        Assert.Equal(HttpStatusCode.MisdirectedRequest, status);
        Assert.Contains("--allow-host", JsonNode.Parse(body)!["error"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_token_every_request_must_carry_it()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush], "--auth-token", "s3cret");

        using var none = await server.SendRawAsync(HttpMethod.Get, "/devices");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("no token", JsonNode.Parse(await none.Content.ReadAsStringAsync())!["error"]!.ToString(), StringComparison.Ordinal);
        var (wrong, _) = await server.SendAsync(HttpMethod.Get, "/devices", r => r.Headers.Authorization = new("Bearer", "guess"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/devices", r => r.Headers.Authorization = new("Bearer", "s3cret"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/devices?token=s3cret")).Status);
        await using var events = await RestEventStream.OpenAsync(server.Api + "/events?token=s3cret");
    }

    [Fact]
    public async Task While_the_REST_API_holds_the_client_slot_a_WebSocket_client_is_refused()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        await using var client = await RawClient.ConnectAsync(server.Host.Url);
        await client.SendAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"App","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
        var reply = await client.ReceiveAsync(10_000);
        Assert.Contains("already has a connected client", reply["Error"]!["ErrorMessage"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_that_is_taken_leaves_the_server_running_without_the_API()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var host = await HostProcess.StartAsync("--rest-api-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await host.WaitForLogAsync($"The REST API could not listen on port {port}", 30_000);
        // The client port works, and the slot is free (the API never connected).
        await using var client = await RawClient.ConnectAsync(host.Url);
        Assert.NotNull((await client.HandshakeAsync(4))["ServerName"]);
    }
}
