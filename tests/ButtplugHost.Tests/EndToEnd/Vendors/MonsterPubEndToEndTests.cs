using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>MonsterPub over the real server: the model is read from the toy, which must be unlocked before it moves.</summary>
public sealed class MonsterPubEndToEndTests
{
    [Fact]
    public async Task V4_client_vibrates_a_Doctor_Whale_after_answering_its_challenge()
    {
        using var sim = new SimulatedSetup().Device("MonsterPub", extra: new JsonObject
        {
            ["Endpoints"] = new JsonArray("tx", "txmode", "txvibrate", "rxblemodel", "rx"),
            // Challenge: key 1 ("LSBB" repeated), then 15 zero bytes.
            ["Reads"] = new JsonObject { ["rxblemodel"] = "MP2_JK_N_P1", ["rx"] = "hex:01000000000000000000000000000000" },
        });
        await using var host = await HostProcess.StartAsync(sim.Args());

        // One command: two in a row may reach a loaded server's write loop together and become one packet.
        await VendorDrive.RunAsync(5, host, "Sistalk MonsterPub 2 Doctor Whale",
            Step("vibrate", new { value = 0.25, feature = 1 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "read" && t.Endpoint == "rxblemodel");
        // The answer is the key itself ("LSBBLSBBLSBBLSB"); then every packet carries both motors' speeds.
        await VendorDrive.AssertWritesAsync(host, sim, ["rx:4c5342424c5342424c5342424c5342", "txvibrate:0019"], ["txvibrate:0000"]);
    }
}
