using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Rest;

/// <summary>
/// The real server with its REST API on a free port, simulated devices declared in a devices file
/// (so a test can switch them on and off), and plain HTTP helpers.
/// </summary>
public sealed class RestServer : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private RestServer(HostProcess host, SimulatedSetup sim, TempDir dir, int port)
    {
        Host = host;
        Sim = sim;
        Dir = dir;
        Port = port;
    }

    public HostProcess Host { get; }

    public SimulatedSetup Sim { get; }

    public TempDir Dir { get; }

    public int Port { get; }

    /// <summary>http://127.0.0.1:PORT/api/v1</summary>
    public string Api => $"http://127.0.0.1:{Port}/api/v1";

    public string DevicesFile => Dir.File("devices.json");

    /// <summary>A Lovense Hush (one vibrator, 20 steps) answering the Lovense start-up.</summary>
    public static JsonObject Hush => new()
    {
        ["Name"] = "LVS-Hush",
        ["Address"] = "SIM:HUSH",
        ["Replies"] = new JsonArray(
            new JsonObject { ["Endpoint"] = "tx", ["When"] = "DeviceType;", ["ReplyEndpoint"] = "rx", ["Reply"] = "Z:11:0082059AD3BD;" },
            new JsonObject { ["Endpoint"] = "tx", ["When"] = "Battery;", ["ReplyEndpoint"] = "rx", ["Reply"] = "85;" }),
    };

    /// <summary>The test plugin's device: two vibrators (20 and 10 steps), rotation, a battery that reads 42.</summary>
    public static JsonObject TestDevice => new()
    {
        ["Name"] = "TST-Ble",
        ["Address"] = "SIM:TST",
        ["Replies"] = new JsonArray(new JsonObject { ["Endpoint"] = "tx", ["When"] = "I5;", ["ReplyEndpoint"] = "rx", ["Reply"] = "I5:42;" }),
    };

    /// <summary>The test plugin's vibrator-only model.</summary>
    public static JsonObject TestVibrator => new() { ["Name"] = "TST-Vibe", ["Address"] = "SIM:VIBE" };

    /// <summary>
    /// Starts the server with <paramref name="devices"/> found when a client scans; the devices file
    /// starts empty (a device written to it appears at once, scanning or not).
    /// </summary>
    public static async Task<RestServer> StartAsync(JsonObject[] devices, params string[] more)
    {
        var dir = new TempDir();
        var sim = new SimulatedSetup();
        foreach (var d in devices)
        {
            var replies = d["Replies"]?.AsArray().Select(r => (r!["When"]!.ToString(), r["Reply"]!.ToString())) ?? [];
            sim.Device(d["Name"]!.ToString(), d["Address"]?.ToString(), [.. replies]);
        }
        var port = FreePort.Next();
        await WriteDevicesAsync(dir.File("devices.json"), []);
        var host = await HostProcess.StartAsync(sim.Args(["--Simulated:DevicesFile=" + dir.File("devices.json"),
            "--rest-api-port", port.ToString(CultureInfo.InvariantCulture), .. more]));
        var server = new RestServer(host, sim, dir, port);
        try
        {
            await host.WaitForLogAsync("REST API listening on", 30_000);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Switches the devices of the devices file to exactly these (the others vanish).</summary>
    public Task SetDevicesAsync(params JsonObject[] devices) => WriteDevicesAsync(DevicesFile, devices);

    private static Task WriteDevicesAsync(string path, JsonObject[] devices) =>
        File.WriteAllTextAsync(path, new JsonObject { ["Devices"] = new JsonArray([.. devices.Select(d => (JsonNode)d.DeepClone())]) }.ToJsonString());

    /// <summary>Opens the event stream, starts scanning and waits until <paramref name="count"/> devices were added.</summary>
    public async Task<List<JsonObject>> ScanAsync(int count)
    {
        await using var events = await RestEventStream.OpenAsync(Api + "/events");
        var (status, body) = await SendAsync(HttpMethod.Get, "/start-scanning");
        Assert.True(status == HttpStatusCode.OK, body);
        var added = new List<JsonObject>();
        while (added.Count < count)
            added.Add(await events.NextAsync("DeviceAdded"));
        return added;
    }

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, Action<HttpRequestMessage>? setup = null)
    {
        using var request = new HttpRequestMessage(method, path.StartsWith("http", StringComparison.Ordinal) ? path : Api + path);
        setup?.Invoke(request);
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, Action<HttpRequestMessage>? setup = null)
    {
        using var request = new HttpRequestMessage(method, path.StartsWith("http", StringComparison.Ordinal) ? path : Api + path);
        setup?.Invoke(request);
        return await Http.SendAsync(request);
    }

    public async Task<JsonNode> GetJsonAsync(string path)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<JsonNode> PutJsonAsync(string path)
    {
        var (status, body) = await SendAsync(HttpMethod.Put, path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>A command that must succeed: 200 with an empty body.</summary>
    public async Task PutOkAsync(string path)
    {
        var (status, body) = await SendAsync(HttpMethod.Put, path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        Assert.Equal("", body);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Sim.Dispose();
        Dir.Dispose();
    }
}
