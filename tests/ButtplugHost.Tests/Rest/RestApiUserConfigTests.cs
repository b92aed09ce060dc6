using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Rest;

/// <summary>The REST API is a client like any other: the user device config applies to it.</summary>
public sealed class RestApiUserConfigTests
{
    [Fact]
    public async Task A_user_name_and_output_limit_apply_to_REST_requests()
    {
        using var dir = new TempDir();
        var path = dir.File("user-devices.json");
        // The reference's v4 user config for the test device: a name, and its first vibrator limited to 12 of 20 steps.
        var features = new JsonArray();
        for (var i = 0; i < 8; i++)
        {
            var feature = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["base_id"] = Guid.NewGuid().ToString() };
            if (i == 0)
                feature["output"] = new JsonObject { ["vibrate"] = new JsonObject { ["value"] = new JsonArray(0, 12), ["disabled"] = false } };
            features.Add(feature);
        }
        var entry = new JsonObject
        {
            ["identifier"] = new JsonObject { ["address"] = "SIM:TST", ["protocol"] = "testdevice", ["identifier"] = "TST-Ble" },
            ["config"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["base_id"] = Guid.NewGuid().ToString(),
                ["features"] = features,
                ["user_config"] = new JsonObject { ["allow"] = false, ["deny"] = false, ["index"] = 0, ["display_name"] = "Bedroom Toy" },
            },
        };
        await File.WriteAllTextAsync(path, new JsonObject
        {
            ["version"] = new JsonObject { ["major"] = 4, ["minor"] = 0 },
            ["user_configs"] = new JsonObject { ["devices"] = new JsonArray(entry) },
        }.ToJsonString());
        await using var server = await RestServer.StartAsync([RestServer.TestDevice], "--user-device-config-file", path);
        await server.ScanAsync(1);

        var device = await server.GetJsonAsync("/devices/0");
        Assert.Equal("Bedroom Toy", device["display_name"]!.ToString());
        Assert.Equal("[0,12]", device["features"]!["0"]!["Output"]!["Vibrate"]!["Value"]!.ToJsonString());
        // Full level is the limit: 12 steps of the device's 20.
        await server.PutOkAsync("/devices/0/features/0/outputs/Vibrate/1");
        await server.Sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:12;"), 20_000);
        Assert.DoesNotContain(server.Sim.Writes(), w => w == "F0:Vibrate:20;");
        await server.PutOkAsync("/devices/stop");
    }
}
