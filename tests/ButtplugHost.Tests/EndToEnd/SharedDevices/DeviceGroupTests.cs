using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.SharedDevices;

/// <summary>
/// A device group of three simulated toys of different vendors (a Lovense Hush, an IntoYou egg of
/// ActiveJoy, an Aneros Vivi) driven by the official v4 client as one device: the exact bytes each
/// member gets, each member's mapping, scale and user output limit, one member vanishing mid-run
/// while the group keeps working with the others, and the group's stop stopping every member.
/// </summary>
public sealed class DeviceGroupTests : IDisposable
{
    private const string Lovense = "SIM:LVS-Hush";
    private const string ActiveJoy = "SIM:SS-TD-YDTD-001";
    private const string Aneros = "SIM:Massage Demo";

    private readonly TempDir _dir = new();

    [Fact]
    public async Task A_group_of_three_vendors_fans_out_with_exact_bytes_limits_and_a_member_vanishing()
    {
        var devicesFile = _dir.File("devices.json");
        await File.WriteAllTextAsync(devicesFile, Devices(withActiveJoy: true));
        var userConfig = _dir.File("user-devices.json");
        await File.WriteAllTextAsync(userConfig, UserConfig());
        using var sim = new SimulatedSetup();
        await using var host = await HostProcess.StartAsync(sim.Args("--Simulated:DevicesFile=" + devicesFile, "--user-device-config-file", userConfig));
        using var at = new Checkpoints(_dir.Path);

        var client = RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-count", new { count = 4 }), Step("devices"),
            Step("vibrate", new { index = 1000, feature = 0, value = 0.5 }), Step("vibrate", new { index = 1000, feature = 1, value = 1.0 }),
            Step("signal", new { path = at["drove"] }),
            Step("wait-removed", new { name = "IntoYou", timeout = 30000 }),
            Step("vibrate", new { index = 1000, feature = 0, value = 1.0 }), Step("signal", new { path = at["drove-without-one"] }),
            Step("wait-file", new { path = at["stop"] }), Step("stop", new { index = 1000 }), Step("signal", new { path = at["stopped"] }),
            Step("wait-file", new { path = at["end"] }), Step("disconnect"),
        ]);

        // Group value 10 of 20 (and 10 of 10 on the second feature): each member in its own steps.
        await at.ReachedAsync("drove", client);
        await sim.WaitForWritesAsync(w => w.Contains("Vibrate:10;"), 15000, Lovense);
        // Half scale: 0.25 of 255 rounds up to 64 (0x40).
        await sim.WaitForHexWritesAsync(w => w.Contains("tx:b00100000140"), 15000, ActiveJoy);
        // The Vivi's first vibrator is limited to [0, 64] by its user config: half is 32 (0x20); the second is not: 127 (0x7f).
        await sim.WaitForHexWritesAsync(w => w.Contains("tx:f120") && w.Contains("tx:f27f"), 15000, Aneros);

        // The egg vanishes mid-run: the group goes on with the other two.
        await File.WriteAllTextAsync(devicesFile, Devices(withActiveJoy: false));
        await at.ReachedAsync("drove-without-one", client);
        await sim.WaitForWritesAsync(w => w.Contains("Vibrate:20;"), 15000, Lovense);
        // Full strength on the limited vibrator is its limit, 64 (0x40), never 127.
        await sim.WaitForHexWritesAsync(w => w.Contains("tx:f140"), 15000, Aneros);

        // The group's stop stops every member still there.
        at.Release("stop");
        await at.ReachedAsync("stopped", client);
        await sim.WaitForWritesAsync(w => w.Contains("Vibrate:0;"), 15000, Lovense);
        await sim.WaitForHexWritesAsync(w => w.Contains("tx:f100") && w.Contains("tx:f200"), 15000, Aneros);
        await Task.Delay(300); // nothing more may arrive before the client disconnects

        Assert.Equal(["DeviceType;", "Vibrate:10;", "Vibrate:20;", "Vibrate:0;"], sim.Writes(Lovense));
        Assert.Equal(["tx:b00100000140"], sim.HexWrites(ActiveJoy));
        Assert.Equal(["tx:f120", "tx:f27f", "tx:f140", "tx:f100", "tx:f200"], sim.HexWrites(Aneros));

        at.Release("end");
        var output = await client;
        var devices = output.First(l => l["op"]?.ToString() == "devices")["devices"]!.AsArray();
        var group = devices.Single(d => (int)d!["index"]! == 1000)!;
        Assert.Equal("Trio", (string?)group["name"]);
        Assert.Equal("[0,20]", group["features"]![0]!["output"]!["Vibrate"]!["Value"]!.ToJsonString());
        Assert.Equal("[0,10]", group["features"]![1]!["output"]!["Vibrate"]!["Value"]!.ToJsonString());
        Assert.Matches("Group Trio: .+ connected; the group is device 1000", host.LogText);
        Assert.False(host.HasExited);
    }

    private static string Devices(bool withActiveJoy)
    {
        var list = new JsonArray
        {
            new JsonObject
            {
                ["Name"] = "LVS-Hush", ["Address"] = Lovense,
                ["Replies"] = new JsonArray(new JsonObject { ["Endpoint"] = "tx", ["When"] = "DeviceType;", ["ReplyEndpoint"] = "rx", ["Reply"] = "Z:11:0082059AD3BD;" }),
            },
            new JsonObject { ["Name"] = "Massage Demo", ["Address"] = Aneros },
        };
        if (withActiveJoy)
            list.Add(new JsonObject { ["Name"] = "SS-TD-YDTD-001", ["Address"] = ActiveJoy });
        return new JsonObject { ["Devices"] = list }.ToJsonString();
    }

    [Fact]
    public async Task The_example_configuration_shows_the_group_to_a_client()
    {
        var userConfig = _dir.File("example-user-devices.json");
        File.Copy(ExampleGroups, userConfig);
        await using var host = await HostProcess.StartAsync("--config", Path.Combine(RepoPaths.Root, "examples", "simulated-trio.json"), "--user-device-config-file", userConfig);
        var output = await RunAsync(5, host.Url, [Step("connect"), Step("scan"), Step("wait-device", new { name = "Trio" }), Step("wait-count", new { count = 4 }), Step("disconnect")]);
        Assert.Equal(1000, (int)output.Single(l => l["op"]?.ToString() == "wait-device")["index"]!);
    }

    // examples/device-groups.json: the group, and the Vivi's entry (as the reference writes one) limiting its first vibrator to [0, 64].
    private static string ExampleGroups => Path.Combine(RepoPaths.Root, "examples", "device-groups.json");

    private static string UserConfig() => File.ReadAllText(ExampleGroups);

    public void Dispose() => _dir.Dispose();
}
