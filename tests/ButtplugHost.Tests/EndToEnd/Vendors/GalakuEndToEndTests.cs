using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Galaku over the real server: encrypted speed packets and the battery asked for on tx, answered on rxblebattery (galaku); the Nebula (galaku-pump).</summary>
public sealed class GalakuEndToEndTests
{
    // The encrypted battery request (payload 5A 00 00 01 13 …); the toy answers 75 %.
    private static readonly JsonObject BatteryAnswer = new()
    {
        ["Replies"] = new JsonArray(new JsonObject
        {
            ["Endpoint"] = "tx", ["When"] = "hex:2381bbabd2ced323bba33bc2", ["ReplyEndpoint"] = "rxblebattery", ["Reply"] = "hex:4b",
        }),
    };

    [Fact]
    public async Task Official_v4_client_vibrates_a_Vitality_Cat_and_reads_its_battery()
    {
        using var sim = new SimulatedSetup().Device("GX21", extra: BatteryAnswer);
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await VendorDrive.RunAsync(5, host, "Galaku Vitality Cat",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }), Step("battery"), Step("sleep", new { ms = 150 }));

        Assert.Equal(75, VendorDrive.Result(output, "battery")["value"]!.GetValue<double>(), 3);
        Assert.Contains(sim.Trace(), t => t.Op == "subscribe" && t.Endpoint == "rxblebattery");
        // Speed 50 (single-motor payload 5A 00 00 01 31 32 …, encrypted), the battery request, then speed 0.
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:2381bbabd2ec29c3bba33bd2", "tx:2381bbabd2ced323bba33bc2"],
            ["tx:2381bbabd2ec3b23bba33b90"], stopAgain: []);
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_Nebula_whose_packet_carries_the_thruster_too()
    {
        using var sim = new SimulatedSetup().Device("V415");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Galaku Nebula", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Payload 5A 00 00 01 60 03 thrust vibrate 00 00, encrypted: thrust 0 and vibrate 50 (the
        // reference's Nebula bytes); the stop covers the thruster too (never set, so not known at rest).
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:2381bbabd29b4433ed433b44"], ["tx:2381bbabd29b4433bba33bd2"], stopAgain: []);
    }
}
