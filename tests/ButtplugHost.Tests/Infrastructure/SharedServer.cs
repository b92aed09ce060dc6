using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// One server process shared by the tests of a class (an xUnit class fixture). Simulated devices come
/// and go through the transport's watched devices file, so each test adds its own device (by a name of
/// its own) and removes it when done; every hardware operation lands in one trace, told apart by address.
/// </summary>
public class SharedServer : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private readonly object _gate = new();
    private readonly List<JsonObject> _devices = [];
    private HostProcess? _host;

    /// <summary>Extra server arguments (e.g. --allow-raw) for derived fixtures.</summary>
    protected virtual string[] Arguments => [];

    public HostProcess Host => _host ?? throw new InvalidOperationException("Not started.");

    public string TracePath => _dir.File("trace.jsonl");

    private string DevicesPath => _dir.File("devices.json");

    public async Task InitializeAsync()
    {
        WriteDevicesFile();
        var config = new JsonObject { ["Simulated"] = new JsonObject { ["TraceFile"] = TracePath, ["DevicesFile"] = DevicesPath } };
        var configPath = _dir.File("simulated.json");
        await File.WriteAllTextAsync(configPath, config.ToJsonString());
        _host = await HostProcess.StartAsync(["--config", configPath, .. Arguments]);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        _dir.Dispose();
    }

    /// <summary>Switches a simulated device on; it connects by itself (no scan needed).</summary>
    public SimDevice AddDevice(string name, string? address = null, params (string When, string Reply)[] replies)
    {
        var device = new JsonObject { ["Name"] = name, ["Address"] = address ?? "SIM:" + name };
        var list = new JsonArray();
        foreach (var (when, reply) in replies)
            list.Add(new JsonObject { ["Endpoint"] = "tx", ["When"] = when, ["ReplyEndpoint"] = "rx", ["Reply"] = reply });
        device["Replies"] = list;
        lock (_gate)
        {
            _devices.Add(device);
            WriteDevicesFile();
        }
        return new SimDevice(this, device["Address"]!.GetValue<string>());
    }

    /// <summary>Switches a device off and waits until the server has let go of it.</summary>
    internal async Task RemoveDeviceAsync(string address)
    {
        lock (_gate)
        {
            _devices.RemoveAll(d => d["Address"]!.GetValue<string>() == address);
            WriteDevicesFile();
        }
        var until = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < until && !Trace(address).Any(t => t.Op == "disconnect"))
            await Task.Delay(20);
    }

    private void WriteDevicesFile()
    {
        var root = new JsonObject { ["Devices"] = new JsonArray([.. _devices.Select(d => d.DeepClone())]) };
        var temp = DevicesPath + ".tmp";
        File.WriteAllText(temp, root.ToJsonString());
        File.Move(temp, DevicesPath, overwrite: true);
    }

    /// <summary>The trace lines of one device (a line being written is skipped).</summary>
    public IReadOnlyList<TraceEntry> Trace(string address)
    {
        if (!File.Exists(TracePath))
            return [];
        var result = new List<TraceEntry>();
        foreach (var line in File.ReadAllLines(TracePath))
        {
            if (line.Length == 0)
                continue;
            try
            {
                var entry = JsonSerializer.Deserialize<TraceEntry>(line)!;
                if (entry.Address == address)
                    result.Add(entry);
            }
            catch (JsonException)
            {
            }
        }
        return result;
    }

    /// <summary>
    /// Connects a raw client and completes the handshake at <paramref name="version"/>. The server takes
    /// one client at a time, so this retries while the previous test's connection is still closing.
    /// </summary>
    public async Task<(RawClient Client, JsonObject ServerInfo)> ConnectAsync(int version)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            RawClient client;
            try
            {
                client = await RawClient.ConnectAsync(Host.Url);
            }
            catch (WebSocketException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(50);
                continue;
            }
            try
            {
                var fields = version switch
                {
                    0 => "",
                    4 => ",\"ProtocolVersionMajor\":4,\"ProtocolVersionMinor\":0",
                    _ => $",\"MessageVersion\":{version}",
                };
                await client.SendAsync($"[{{\"RequestServerInfo\":{{\"Id\":1,\"ClientName\":\"raw test\"{fields}}}}}]");
                var reply = await client.ReceiveAsync();
                if (reply.ContainsKey("ServerInfo"))
                    return (client, reply["ServerInfo"]!.AsObject());
                if (DateTime.UtcNow > until)
                    throw new InvalidOperationException("Could not connect: " + reply.ToJsonString());
            }
            catch (WebSocketException) when (DateTime.UtcNow < until)
            {
            }
            await client.DisposeAsync();
            await Task.Delay(50);
        }
    }

    /// <summary>Connects at <paramref name="version"/>, switches on a device and reads its DeviceAdded (v0–v3) or DeviceList event (v4).</summary>
    public async Task<TestSession> OpenAsync(int version, string name, string? address = null, params (string When, string Reply)[] replies)
    {
        var (client, _) = await ConnectAsync(version);
        if (version >= 4)
            await client.ReceiveAsync("DeviceList"); // the list pushed after the handshake
        var device = AddDevice(name, address, replies);
        JsonObject description;
        uint index;
        if (version >= 4)
        {
            var list = await client.ReceiveAsync("DeviceList");
            var entry = list["Devices"]!.AsObject().Select(kv => kv.Value!.AsObject()).Last(d => d["DeviceName"] is not null);
            description = list;
            index = entry["DeviceIndex"]!.GetValue<uint>();
        }
        else
        {
            description = await client.ReceiveAsync("DeviceAdded");
            index = description["DeviceIndex"]!.GetValue<uint>();
        }
        return new TestSession(client, device, index, description);
    }
}

/// <summary>A client connected to a <see cref="SharedServer"/> with one device of its own.</summary>
public sealed class TestSession(RawClient client, SimDevice device, uint index, JsonObject description) : IAsyncDisposable
{
    public RawClient Client { get; } = client;
    public SimDevice Device { get; } = device;
    public uint Index { get; } = index;

    /// <summary>The DeviceAdded body (v0–v3) or the DeviceList event body (v4) that announced the device.</summary>
    public JsonObject Description { get; } = description;

    private uint _nextId = 100;

    /// <summary>Sends one message (the body without Id; <c>{i}</c> stands for the device index) and returns the reply.</summary>
    public async Task<JsonObject> RequestAsync(string name, string fields = "")
    {
        var id = _nextId++;
        var body = fields.Replace("{i}", Index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var separator = body.Length > 0 ? "," : "";
        return await Client.RequestAsync($"[{{\"{name}\":{{\"Id\":{id}{separator}{body}}}}}]", id);
    }

    /// <summary>The Id the last <see cref="RequestAsync"/> used.</summary>
    public uint LastId => _nextId - 1;

    /// <summary>Asserts the reply to the last request is Ok.</summary>
    public void AssertOk(JsonObject reply) => Assert.Equal($"{{\"Ok\":{{\"Id\":{LastId}}}}}", reply.ToJsonString());

    /// <summary>Asserts the reply is an Error with that code and the last request's Id; returns its message.</summary>
    public string AssertError(JsonObject reply, int code)
    {
        Assert.True(reply.ContainsKey("Error"), "expected an Error, got " + reply.ToJsonString());
        var error = reply["Error"]!.AsObject();
        Assert.Equal(LastId, error["Id"]!.GetValue<uint>());
        Assert.Equal(code, error["ErrorCode"]!.GetValue<int>());
        var message = error["ErrorMessage"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        await Device.DisposeAsync();
        await Client.DisposeAsync();
    }
}

/// <summary>A simulated device of one test: its writes, as text, since the last check.</summary>
public sealed class SimDevice(SharedServer server, string address) : IAsyncDisposable
{
    private int _seen;

    public string Address { get; } = address;

    public IReadOnlyList<TraceEntry> Trace() => server.Trace(Address);

    public IReadOnlyList<string> Writes() => Trace().Where(t => t.Op == "write").Select(t => t.Text ?? "").ToList();

    /// <summary>
    /// Waits for the next writes and asserts they are exactly <paramref name="expected"/> (no more
    /// arrive within a short grace period); later checks start after them.
    /// </summary>
    public async Task ExpectWritesAsync(params string[] expected)
    {
        var writes = await WaitForNewWritesAsync(expected.Length);
        await Task.Delay(60);
        writes = Writes().Skip(_seen).ToList();
        _seen += writes.Count;
        Assert.Equal(expected, writes);
    }

    /// <summary>Asserts no write arrives within <paramref name="ms"/>.</summary>
    public async Task ExpectNoWritesAsync(int ms = 150)
    {
        await Task.Delay(ms);
        Assert.Equal([], Writes().Skip(_seen).ToList());
    }

    /// <summary>Waits until at least <paramref name="count"/> writes arrived since the last check; returns all new ones (not consumed).</summary>
    public async Task<IReadOnlyList<string>> WaitForNewWritesAsync(int count, int timeoutMs = 5000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var writes = Writes().Skip(_seen).ToList();
            if (writes.Count >= count)
                return writes;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"Expected {count} new write(s) to {Address}; got: {string.Join(" ", writes)}");
            await Task.Delay(15);
        }
    }

    /// <summary>Marks every write so far as seen.</summary>
    public void Skip() => _seen = Writes().Count;

    public async ValueTask DisposeAsync() => await server.RemoveDeviceAsync(Address);
}
