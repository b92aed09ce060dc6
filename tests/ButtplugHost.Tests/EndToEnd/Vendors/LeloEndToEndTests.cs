using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Lelo over the real server: an F1s, whose start-up only subscribes to its answers, and an F1s V2 that must pair.</summary>
public sealed class LeloEndToEndTests
{
    [Fact]
    public async Task Legacy_client_vibrates_both_motors_of_an_F1s_in_one_packet()
    {
        using var sim = new SimulatedSetup().Device("F1s");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(3, host, "Lelo F1s", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "subscribe" && t.Endpoint == "rx");
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:013232"], ["tx:010000"]);
    }

    [Fact]
    public async Task V4_client_vibrates_an_F1s_motor_by_motor()
    {
        using var sim = new SimulatedSetup().Device("F1s");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // One OutputCmd per motor; each packet carries both motors' current speeds (ceil(100·0.25) = 25).
        await VendorDrive.RunAsync(5, host, "Lelo F1s",
            Step("vibrate", new { value = 0.5, feature = 0 }), Step("sleep", new { ms = 150 }),
            Step("vibrate", new { value = 0.25, feature = 1 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:013200", "tx:013219"], ["tx:010000"]);
    }

    [Fact]
    public async Task An_F1s_V2_pairs_by_echoing_its_password_then_vibrates()
    {
        // After the power button press the toy notifies its password on the first subscription,
        // and "authorised" once the password was written back and the endpoint subscribed again.
        const string Password = "01020304050608";
        using var sim = new SimulatedSetup().Device("F1SV2A", extra: new JsonObject
        {
            ["SubscribeNotifications"] = new JsonObject { ["whitelist"] = new JsonArray("hex:" + Password, "hex:0100000000000000") },
        });
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(3, host, "Lelo F1s V2", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        var pairing = sim.Trace().Where(t => t.Endpoint == "whitelist").Select(t => $"{t.Op} {t.Data}".TrimEnd()).ToList();
        Assert.Equal(["subscribe", "notify " + Password, "unsubscribe", "write " + Password, "subscribe", "notify 0100000000000000"], pairing);
        await VendorDrive.AssertWritesAsync(host, sim, ["whitelist:" + Password, "tx:013232"], ["tx:010000"]);
    }
}
