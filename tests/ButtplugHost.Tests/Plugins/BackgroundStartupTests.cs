using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Plugins;

/// <summary>
/// The transport plugins load and start in the background: the client endpoint serves clients while a
/// slow plugin is still loading, /healthz says "starting" until the buses are up, and a scan waits for
/// them. The slow plugin is the Faulty test plugin held in Configure by the test (a socket it controls).
/// </summary>
public sealed class BackgroundStartupTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Clients_are_served_while_a_slow_plugin_loads_and_a_scan_waits_for_it()
    {
        using var gate = new TcpListener(IPAddress.Loopback, 0);
        gate.Start();
        var gatePort = ((IPEndPoint)gate.LocalEndpoint).Port;
        var statusPort = FreePort.Next();
        using var sim = new SimulatedSetup().Device("TST-Vibe");
        await using var host = await HostProcess.StartAsync(sim.Args(
            "--plugins-dir", Path.GetDirectoryName(PluginTestKit.FaultyBuild)!,
            $"--Faulty:ConfigureGate=127.0.0.1:{gatePort}",
            "--dashboard-port", statusPort.ToString(CultureInfo.InvariantCulture),
            "--Logging:LogLevel:ButtplugHost.Devices=Debug"));

        // The Faulty plugin is now inside Configure, and stays there until the test lets it go.
        using var held = await gate.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await using var client = await RawClient.ConnectAsync(host.Url);
        var info = await client.HandshakeAsync(3);
        Assert.Equal("ButtplugHost", info["ServerName"]!.ToString());
        await host.WaitForLogAsync("Status page:", 30_000);
        var (status, health) = await GetJsonAsync($"http://127.0.0.1:{statusPort}/healthz");
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "starting"), (status, health["status"]!.ToString()));

        await client.SendAsync("""[{"StartScanning":{"Id":2}}]""");
        await host.WaitForLogAsync("Waiting for the buses to start", 30_000);
        Assert.DoesNotContain(host.Log, l => l.Contains("plugins installed:", StringComparison.Ordinal));
        held.GetStream().WriteByte(1);

        Assert.Equal(2, (await client.ReceiveAsync("Ok", 30_000))["Id"]!.GetValue<int>());
        var added = await client.ReceiveAsync("DeviceAdded", 30_000);
        Assert.Equal("Test Vibrator", added["DeviceName"]!.ToString());
        await host.WaitForLogAsync("buses started in", 30_000);
        Assert.Contains(host.Log, l => l.Contains("plugins installed:", StringComparison.Ordinal) && l.Contains("faulty", StringComparison.Ordinal));
        (status, health) = await GetJsonAsync($"http://127.0.0.1:{statusPort}/healthz");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("starting", health["status"]!.ToString());
        Assert.Contains(health["buses"]!.AsArray(), b => b!["name"]!.ToString() == "faulty" && b["available"]!.GetValue<bool>());
    }

    private static async Task<(HttpStatusCode, JsonObject)> GetJsonAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
