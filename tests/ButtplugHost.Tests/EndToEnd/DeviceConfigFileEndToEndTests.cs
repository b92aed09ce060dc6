using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary><c>--device-config-file</c>: a reference-format device config adds models and identifiers to installed protocols.</summary>
public sealed class DeviceConfigFileEndToEndTests : IDisposable
{
    private readonly TempDir _dir = new();

    // The reference's v4 shape: version, ids on models and features (unused here), snake_case outputs.
    private const string DeviceConfig = """
        {
          "version": { "major": 4, "minor": 3 },
          "protocols": {
            "testdevice": {
              "communication": [ { "btle": { "names": ["XYZ-Toy"], "services": { "0000aaa0-0000-1000-8000-00805f9b34fb": { "tx": "0000aaa1-0000-1000-8000-00805f9b34fb", "rx": "0000aaa2-0000-1000-8000-00805f9b34fb" } } } } ],
              "configurations": [
                {
                  "identifier": ["TST-Custom"],
                  "name": "Custom Test Toy",
                  "id": "8e6b1c0a-2f4d-4e8a-9b1c-3d5f7a9b1c01",
                  "features": [
                    { "index": 0, "description": "Small Vibrator", "id": "8e6b1c0a-2f4d-4e8a-9b1c-3d5f7a9b1c02", "output": { "vibrate": { "value": [0, 5] } } }
                  ]
                }
              ]
            },
            "nonexistent-protocol": {
              "defaults": { "name": "Nothing", "id": "8e6b1c0a-2f4d-4e8a-9b1c-3d5f7a9b1c03", "features": [] }
            }
          }
        }
        """;

    [Fact]
    public async Task New_models_and_identifiers_reach_installed_protocols_and_unserved_ones_are_logged_once()
    {
        var path = _dir.File("device-config.json");
        File.WriteAllText(path, DeviceConfig);
        using var sim = new SimulatedSetup().Device("TST-Custom", "SIM:CUSTOM").Device("XYZ-Toy", "SIM:XYZ");
        await using var host = await HostProcess.StartAsync(sim.Args("--device-config-file", path));

        var output = await RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Custom Test Toy" }), Step("wait-count", new { count = 2 }),
            Step("vibrate", new { value = 1.0, device = "Custom Test Toy" }), Step("sleep", new { ms = 100 }), Step("devices"), Step("disconnect"),
        ]);

        var devices = output.Single(l => l["op"]?.ToString() == "devices")["devices"]!.AsArray();
        var custom = devices.Single(d => (string?)d!["name"] == "Custom Test Toy")!;
        var feature = Assert.Single(custom["features"]!.AsArray())!;
        Assert.Equal("[0,5]", feature["output"]!["Vibrate"]!["Value"]!.ToJsonString());
        Assert.Contains(devices, d => (string?)d!["name"] == "Test Device");
        await sim.WaitForWriteAsync("F0:Vibrate:5;");
        Assert.Single(host.Log, l => l.Contains("no installed plugin serves 1 of its protocols, ignored: nonexistent-protocol", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
