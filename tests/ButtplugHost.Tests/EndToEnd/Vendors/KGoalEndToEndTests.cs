using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>
/// KGoal Boost over the real server: the official v4 client subscribes to the pressure and gets the
/// reading the toy notifies, reads the battery, and unsubscribes.
/// </summary>
public sealed class KGoalEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_gets_pressure_readings_by_subscription_and_reads_the_battery()
    {
        // Once rxpressure is subscribed the toy notifies normalised 5, raw 1491.
        using var sim = new SimulatedSetup().Device("Boost", extra: new JsonObject
        {
            ["SubscribeNotifications"] = new JsonObject { ["rxpressure"] = new JsonArray("hex:000104000505d3") },
            ["Reads"] = new JsonObject { ["rxblebattery"] = "hex:4b" },
        });
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await VendorDrive.RunAsync(5, host, "KGoal Boost",
            Step("subscribe", new { feature = 0, input = "Pressure" }),
            Step("battery"),
            Step("unsubscribe", new { feature = 0, input = "Pressure" }));

        Assert.Equal([5], VendorDrive.Result(output, "subscribe")["readings"]!.AsArray().Select(r => r!.GetValue<int>()));
        Assert.Equal(75, VendorDrive.Result(output, "battery")["value"]!.GetValue<double>(), 3);
        await host.WaitForLogAsync("disconnected: stopping all devices");
        var trace = sim.Trace();
        Assert.Equal(["subscribe", "notify", "unsubscribe"], trace.Where(t => t.Endpoint == "rxpressure").Select(t => t.Op));
        Assert.Contains(trace, t => t.Op == "read" && t.Endpoint == "rxblebattery");
        Assert.DoesNotContain(trace, t => t.Op == "write");
    }
}
