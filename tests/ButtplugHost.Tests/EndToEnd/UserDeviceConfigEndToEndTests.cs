using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// The user device config with the real server and the official v4 client (buttplug@5): names,
/// deny, output limits, reversed positions, indexes kept across a restart, and a reference-written
/// file kept intact when the server writes it back.
/// </summary>
public sealed class UserDeviceConfigEndToEndTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Renamed_denied_limited_and_reversed_devices_behave_as_configured()
    {
        var path = _dir.File("user-devices.json");
        File.WriteAllText(path, UserConfig(
            Entry("SIM:NAMED", "TST-Named", 7, displayName: "Bedroom Toy"),
            Entry("SIM:DENIED", "TST-Denied", 8, deny: true),
            Entry("SIM:LIMITED", "TST-Limited", 2, features: new()
            {
                [0] = new JsonObject { ["vibrate"] = new JsonObject { ["value"] = new JsonArray(0, 12), ["disabled"] = false } },
                [3] = new JsonObject
                {
                    ["position"] = new JsonObject { ["disabled"] = false, ["reverse"] = true },
                    ["hw_position_with_duration"] = new JsonObject { ["disabled"] = false, ["reverse"] = true },
                },
            })));
        using var sim = new SimulatedSetup().Device("TST-Denied", "SIM:DENIED").Device("TST-Named", "SIM:NAMED").Device("TST-Limited", "SIM:LIMITED");
        await using var host = await HostProcess.StartAsync(sim.Args("--user-device-config-file", path));

        var output = await RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-count", new { count = 2 }),
            Step("vibrate", new { value = 1.0, index = 2, feature = 0 }),
            Step("linear", new { position = 0.25, duration = 300, index = 2 }),
            Step("sleep", new { ms = 100 }), Step("devices"), Step("disconnect"),
        ]);

        await host.WaitForLogAsync("TST-Denied (SIM:DENIED) not connected: denied in the user device config");
        var devices = output.Single(l => l["op"]?.ToString() == "devices")["devices"]!.AsArray();
        Assert.Equal(2, devices.Count);
        Assert.Equal(2, output.Count(l => l["event"]?.ToString() == "deviceadded"));
        Assert.DoesNotContain(sim.Trace(), t => t.Address == "SIM:DENIED");

        var named = devices.Single(d => (int)d!["index"]! == 7)!;
        Assert.Equal("Bedroom Toy", (string?)named["displayName"]);
        Assert.Equal("Test Device", (string?)named["name"]);

        // The limited vibrator shows 12 steps, and the client's 1.0 reaches the device as 12 (of 20).
        var limited = devices.Single(d => (int)d!["index"]! == 2)!;
        var vibrator = limited["features"]!.AsArray().Single(f => (int)f!["index"]! == 0)!;
        Assert.Equal("[0,12]", vibrator["output"]!["Vibrate"]!["Value"]!.ToJsonString());
        var writes = await sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:12;") && w.Contains("F3:HwPositionWithDuration:75:300;"), address: "SIM:LIMITED");
        Assert.All(writes.Where(w => w.StartsWith("F0:Vibrate:", StringComparison.Ordinal)),
            w => Assert.InRange(int.Parse(w["F0:Vibrate:".Length..^1], System.Globalization.CultureInfo.InvariantCulture), 0, 12));
    }

    [Fact]
    public async Task Indexes_are_written_and_kept_across_a_restart_of_the_server()
    {
        var path = _dir.File("new-user-devices.json");
        Dictionary<string, int> first;
        using (var sim = new SimulatedSetup().Device("TST-One", "SIM:ONE").Device("TST-Two", "SIM:TWO"))
        {
            await using var host = await HostProcess.StartAsync(sim.Args("--user-device-config-file", path));
            first = await IndexesAsync(host, 2);
            await host.StopAsync();
        }
        var written = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(4, (int)written["version"]!["major"]!);
        Assert.Equal(2, written["user_configs"]!["devices"]!.AsArray().Count);

        // Found in another order, with a newcomer first: the known devices keep their indexes.
        using (var sim = new SimulatedSetup().Device("TST-Three", "SIM:THREE").Device("TST-Two", "SIM:TWO").Device("TST-One", "SIM:ONE"))
        {
            await using var host = await HostProcess.StartAsync(sim.Args("--user-device-config-file", path));
            var second = await IndexesAsync(host, 3);
            Assert.Equal(first["SIM:ONE"], second["SIM:ONE"]);
            Assert.Equal(first["SIM:TWO"], second["SIM:TWO"]);
            Assert.Equal(2, second["SIM:THREE"]);
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_reference_written_file_keeps_everything_when_the_server_adds_a_device()
    {
        var path = _dir.File("reference.json");
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "ButtplugHost.Tests", "Devices", "UserConfigData", "lovense-display-name.json"), path);
        var original = JsonNode.Parse(File.ReadAllText(path))!;
        using var sim = new SimulatedSetup()
            .Device("LVS-Machine", "SIM:LOVENSE:F1", [("DeviceType;", "F:11:0082059AD3BD;")])
            .Device("TST-New", "SIM:NEW");
        await using (var host = await HostProcess.StartAsync(sim.Args("--user-device-config-file", path)))
        {
            var output = await RunAsync(5, host.Url,
            [
                Step("connect"), Step("scan"), Step("wait-count", new { count = 2 }),
                Step("oscillate", new { value = 0.5, index = 3 }), Step("sleep", new { ms = 100 }), Step("devices"), Step("disconnect"),
            ]);
            var devices = output.Single(l => l["op"]?.ToString() == "devices")["devices"]!.AsArray();
            var lovense = devices.Single(d => (int)d!["index"]! == 3)!;
            Assert.Equal("Kitchen Machine", (string?)lovense["displayName"]);
            Assert.Equal("Lovense Sex Machine", (string?)lovense["name"]);
            await sim.WaitForWriteAsync("Vibrate:10;");
            await host.StopAsync();
        }
        var written = JsonNode.Parse(File.ReadAllText(path))!;
        JsonSubset.AssertKept(original, written);
        var added = written["user_configs"]!["devices"]!.AsArray()[1]!;
        Assert.Equal("SIM:NEW", (string?)added["identifier"]!["address"]);
        Assert.Equal(0, (int)added["config"]!["user_config"]!["index"]!);
    }

    private static async Task<Dictionary<string, int>> IndexesAsync(HostProcess host, int count)
    {
        var output = await RunAsync(5, host.Url, [Step("connect"), Step("scan"), Step("wait-count", new { count }), Step("devices"), Step("disconnect")]);
        var log = host.LogText;
        // "Device 1: Test Device (testdevice, TST-Two) at SIM:TWO on Simulated"
        var result = new Dictionary<string, int>();
        foreach (var line in host.Log)
        {
            var m = System.Text.RegularExpressions.Regex.Match(line, @"Device (\d+): .* at (SIM:\w+) on");
            if (m.Success)
                result[m.Groups[2].Value] = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        var indexes = output.Single(l => l["op"]?.ToString() == "devices")["devices"]!.AsArray().Select(d => (int)d!["index"]!).Order().ToList();
        Assert.Equal(result.Values.Order().ToList(), indexes);
        Assert.True(result.Count == count, log);
        return result;
    }

    private static string UserConfig(params JsonObject[] devices) => new JsonObject
    {
        ["version"] = new JsonObject { ["major"] = 4, ["minor"] = 0 },
        ["user_configs"] = new JsonObject { ["devices"] = new JsonArray(devices) },
    }.ToJsonString();

    // An entry as the reference writes it for the test protocol's default model (8 features).
    private static JsonObject Entry(string address, string identifier, uint index, string? displayName = null, bool deny = false, Dictionary<int, JsonObject>? features = null)
    {
        var list = new JsonArray();
        for (var i = 0; i < 8; i++)
        {
            var feature = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["base_id"] = Guid.NewGuid().ToString() };
            if (features is not null && features.TryGetValue(i, out var output))
                feature["output"] = output;
            list.Add(feature);
        }
        var user = new JsonObject { ["allow"] = false, ["deny"] = deny, ["index"] = index };
        if (displayName is not null)
            user["display_name"] = displayName;
        return new JsonObject
        {
            ["identifier"] = new JsonObject { ["address"] = address, ["protocol"] = "testdevice", ["identifier"] = identifier },
            ["config"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["base_id"] = Guid.NewGuid().ToString(), ["features"] = list, ["user_config"] = user },
        };
    }

    public void Dispose() => _dir.Dispose();
}
