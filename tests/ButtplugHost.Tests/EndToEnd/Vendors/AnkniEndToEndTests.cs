using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Ankni over the real server: the handshake from the address in the PnP characteristic, acknowledged speed packets.</summary>
public sealed class AnkniEndToEndTests
{
    private const string Zeros17 = "0000000000000000000000000000000000";

    [Fact]
    public async Task Official_v4_client_vibrates_a_Roselex_after_the_handshake()
    {
        using var sim = new SimulatedSetup().Device("DSJM",
            extra: new JsonObject { ["Reads"] = new JsonObject { ["generic0"] = "hex:a231355352d8" } });
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Roselex Device", Step("vibrate", new { value = 1.0 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "read" && t.Endpoint == "generic0");
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:" + string.Concat(Enumerable.Repeat("01", 20)), "tx:0102" + string.Concat(Enumerable.Repeat("c1", 16)) + "0000", "tx:031203" + Zeros17],
            ["tx:031200" + Zeros17]);
    }
}
