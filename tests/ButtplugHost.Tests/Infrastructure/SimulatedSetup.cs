using System.Text.Json;
using System.Text.Json.Nodes;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// Simulated devices for a server under test: writes the <c>Simulated</c> configuration file and
/// reads back the trace of every hardware operation the devices saw.
/// </summary>
public sealed class SimulatedSetup : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly JsonArray _devices = [];

    public string TracePath => _dir.File("trace.jsonl");

    public string ConfigPath => _dir.File("simulated.json");

    /// <summary>Adds a device; replies are (when written prefix, reply) pairs on tx → rx.</summary>
    public SimulatedSetup Device(string name, string? address = null, IEnumerable<(string When, string Reply)>? replies = null, JsonObject? extra = null)
    {
        var device = new JsonObject { ["Name"] = name, ["Address"] = address ?? "SIM:" + name };
        var list = new JsonArray();
        foreach (var (when, reply) in replies ?? [])
            list.Add(new JsonObject { ["Endpoint"] = "tx", ["When"] = when, ["ReplyEndpoint"] = "rx", ["Reply"] = reply });
        device["Replies"] = list;
        foreach (var (key, value) in extra ?? [])
            device[key] = value?.DeepClone();
        _devices.Add(device);
        return this;
    }

    /// <summary>Writes the configuration file and returns the server arguments that load it.</summary>
    public string[] Args(params string[] more)
    {
        var root = new JsonObject { ["Simulated"] = new JsonObject { ["TraceFile"] = TracePath, ["Devices"] = _devices.DeepClone() } };
        File.WriteAllText(ConfigPath, root.ToJsonString());
        return ["--config", ConfigPath, .. more];
    }

    public IReadOnlyList<TraceEntry> Trace()
    {
        if (!File.Exists(TracePath))
            return [];
        var lines = File.ReadAllLines(TracePath);
        return lines.Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<TraceEntry>(l)!).ToList();
    }

    /// <summary>The texts written to tx, in order.</summary>
    public IReadOnlyList<string> Writes(string? address = null) =>
        Trace().Where(t => t.Op == "write" && (address is null || t.Address == address)).Select(t => t.Text ?? "").ToList();

    /// <summary>Waits until the writes (as text) satisfy <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<string>> WaitForWritesAsync(Func<IReadOnlyList<string>, bool> condition, int timeoutMs = 5000, string? address = null)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var writes = Writes(address);
            if (condition(writes))
                return writes;
            if (DateTime.UtcNow > until)
                throw new TimeoutException("Expected writes did not arrive. Writes so far:\n" + string.Join("\n", writes));
            await Task.Delay(20);
        }
    }

    /// <summary>Every write as <c>endpoint:hex</c> (lowercase), in order: for binary protocols.</summary>
    public IReadOnlyList<string> HexWrites(string? address = null) =>
        Trace().Where(t => t.Op == "write" && (address is null || t.Address == address)).Select(t => $"{t.Endpoint}:{t.Data}").ToList();

    /// <summary>Waits until the writes (as <c>endpoint:hex</c>) satisfy <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<string>> WaitForHexWritesAsync(Func<IReadOnlyList<string>, bool> condition, int timeoutMs = 5000, string? address = null)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var writes = HexWrites(address);
            if (condition(writes))
                return writes;
            if (DateTime.UtcNow > until)
                throw new TimeoutException("Expected writes did not arrive. Writes so far:\n" + string.Join("\n", writes));
            await Task.Delay(20);
        }
    }

    public Task<IReadOnlyList<string>> WaitForWriteAsync(string text, int timeoutMs = 5000) =>
        WaitForWritesAsync(w => w.Contains(text), timeoutMs);

    public void Dispose() => _dir.Dispose();
}

/// <summary>One line of the simulated transport's trace.</summary>
public sealed record TraceEntry
{
    [System.Text.Json.Serialization.JsonPropertyName("time")] public string Time { get; init; } = "";
    [System.Text.Json.Serialization.JsonPropertyName("address")] public string Address { get; init; } = "";
    [System.Text.Json.Serialization.JsonPropertyName("op")] public string Op { get; init; } = "";
    [System.Text.Json.Serialization.JsonPropertyName("endpoint")] public string? Endpoint { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("data")] public string? Data { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("text")] public string? Text { get; init; }
}
