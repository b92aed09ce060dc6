using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.SharedDevices;

/// <summary>
/// <c>--max-clients 2</c> with both official clients at once, on simulated devices: the v3 client
/// (buttplug@3) and the v4 client (buttplug@5) see the same devices under the same indexes, each in
/// its own message version; a device added later reaches both; each one's writes reach the devices;
/// one client's disconnect stops only the outputs it drives; StopAllDevices from either stops all.
/// </summary>
public sealed class TwoOfficialClientsTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task A_v3_and_a_v4_client_share_the_devices_and_each_stops_only_its_own_outputs()
    {
        var devicesFile = _dir.File("devices.json");
        // "Test Device" (8 features) and "Test Vibrator" (one vibrator), both of the test protocol.
        await File.WriteAllTextAsync(devicesFile, Devices(("TST-A", "SIM:A"), ("TST-Vibe", "SIM:B")));
        using var sim = new SimulatedSetup();
        await using var host = await HostProcess.StartAsync(sim.Args("--Simulated:DevicesFile=" + devicesFile, "--max-clients", "2"));
        using var at = new Checkpoints(_dir.Path);

        var v3 = RunAsync(3, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-count", new { count = 2 }), Step("devices"), Step("signal", new { path = at["v3-listed"] }),
            Step("wait-file", new { path = at["added"] }), Step("wait-count", new { count = 3 }), Step("devices"),
            Step("wait-file", new { path = at["drive"] }),
            Step("vibrate", new { device = "Test Device", value = 0.5 }), Step("signal", new { path = at["v3-drove"] }),
            Step("wait-file", new { path = at["v3-stopall"] }), Step("stopall"), Step("signal", new { path = at["v3-stopped-all"] }),
            Step("wait-file", new { path = at["drive-again"] }),
            Step("vibrate", new { device = "Test Device", value = 0.25 }), Step("signal", new { path = at["v3-drove-again"] }),
            Step("wait-file", new { path = at["v3-drop"] }), Step("drop"),
        ]);
        var v4 = RunAsync(5, host.Url,
        [
            Step("connect"), Step("wait-count", new { count = 2 }), Step("devices"), Step("signal", new { path = at["v4-listed"] }),
            Step("wait-file", new { path = at["added"] }), Step("wait-count", new { count = 3 }), Step("devices"),
            Step("wait-file", new { path = at["drive"] }),
            Step("vibrate", new { device = "Test Vibrator", value = 0.5 }), Step("rotate", new { device = "Test Device", steps = 5 }),
            Step("signal", new { path = at["v4-drove"] }),
            Step("wait-file", new { path = at["drive-again"] }),
            Step("vibrate", new { device = "Test Vibrator", value = 0.75 }), Step("rotate", new { device = "Test Device", steps = 6 }),
            Step("signal", new { path = at["v4-drove-again"] }),
            Step("wait-file", new { path = at["v4-stopall"] }), Step("stopall"), Step("signal", new { path = at["v4-stopped-all"] }),
            Step("wait-file", new { path = at["v4-end"] }), Step("disconnect"),
        ]);

        await at.ReachedAsync("v3-listed", v3, v4);
        await at.ReachedAsync("v4-listed", v3, v4);
        // A device switched on now is announced to both, each in its own version (DeviceAdded, DeviceList).
        await File.WriteAllTextAsync(devicesFile, Devices(("TST-A", "SIM:A"), ("TST-Vibe", "SIM:B"), ("Massage Demo", "SIM:C")));
        at.Release("added");

        // Both write; each write reaches its device.
        at.Release("drive");
        await at.ReachedAsync("v3-drove", v3, v4);
        await at.ReachedAsync("v4-drove", v3, v4);
        await sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:10;") && w.Contains("F1:Vibrate:5;") && w.Contains("F2:Rotate:5;"), 15000, "SIM:A");
        await sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:10;"), 15000, "SIM:B");

        // StopAllDevices from the v3 client stops everything, the v4 client's outputs too.
        var (a, b) = (sim.Writes("SIM:A").Count, sim.Writes("SIM:B").Count);
        at.Release("v3-stopall");
        await at.ReachedAsync("v3-stopped-all", v3, v4);
        await sim.WaitForWritesAsync(w => w.Skip(a).Contains("F2:Rotate:0;") && w.Skip(a).Contains("F0:Vibrate:0;"), 15000, "SIM:A");
        await sim.WaitForWritesAsync(w => w.Skip(b).Contains("F0:Vibrate:0;"), 15000, "SIM:B");

        at.Release("drive-again");
        await at.ReachedAsync("v3-drove-again", v3, v4);
        await at.ReachedAsync("v4-drove-again", v3, v4);
        await sim.WaitForWritesAsync(w => w.Skip(a).Contains("F0:Vibrate:5;") && w.Skip(a).Contains("F1:Vibrate:3;") && w.Skip(a).Contains("F2:Rotate:6;"), 15000, "SIM:A");
        await sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:15;"), 15000, "SIM:B");

        // The v3 client goes away: its two vibrators stop; the v4 client's rotation and vibrator run on.
        (a, b) = (sim.Writes("SIM:A").Count, sim.Writes("SIM:B").Count);
        at.Release("v3-drop");
        await v3;
        await host.WaitForLogAsync("disconnected: stopping the outputs it drives");
        await sim.WaitForWritesAsync(w => w.Skip(a).Contains("F0:Vibrate:0;") && w.Skip(a).Contains("F1:Vibrate:0;"), 15000, "SIM:A");
        await Task.Delay(300); // a stray stop would have been written by now
        Assert.Equal(["F0:Vibrate:0;", "F1:Vibrate:0;"], sim.Writes("SIM:A").Skip(a).Order(StringComparer.Ordinal));
        Assert.Empty(sim.Writes("SIM:B").Skip(b));

        // StopAllDevices from the v4 client (StopCmd without a device) stops what is left.
        at.Release("v4-stopall");
        await at.ReachedAsync("v4-stopped-all", v4);
        await sim.WaitForWritesAsync(w => w.Skip(a).Contains("F2:Rotate:0;"), 15000, "SIM:A");
        await sim.WaitForWritesAsync(w => w.Skip(b).Contains("F0:Vibrate:0;"), 15000, "SIM:B");
        at.Release("v4-end");
        var v4Output = await v4;
        var v3Output = await v3;

        // Same devices, same indexes, for both versions (before and after the third device came).
        foreach (var (listed, count) in new[] { (0, 2), (1, 3) })
        {
            var seenByV3 = Listed(v3Output, listed);
            var seenByV4 = Listed(v4Output, listed);
            Assert.Equal(count, seenByV3.Count);
            Assert.Equal(seenByV3, seenByV4);
        }
        Assert.Contains(Listed(v4Output, 1), d => d.Name == "Aneros Vivi");
        Assert.False(host.HasExited);
    }

    private static List<(int Index, string Name)> Listed(IReadOnlyList<JsonObject> output, int which) =>
        [.. output.Where(l => l["op"]?.ToString() == "devices").ElementAt(which)["devices"]!.AsArray()
            .Select(d => ((int)d!["index"]!, (string)d["name"]!)).OrderBy(d => d.Item1)];

    private static string Devices(params (string Name, string Address)[] devices) => new JsonObject
    {
        ["Devices"] = new JsonArray([.. devices.Select(d => (JsonNode)new JsonObject { ["Name"] = d.Name, ["Address"] = d.Address })]),
    }.ToJsonString();

    public void Dispose() => _dir.Dispose();
}
