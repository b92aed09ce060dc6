using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Sensee (sensee-v2) over the real server: the device type comes from a read of tx, every packet sets every motor.</summary>
public sealed class SenseeEndToEndTests
{
    [Fact]
    public async Task V4_client_drives_the_suction_of_a_Capsule()
    {
        using var sim = new SimulatedSetup().Device("CCPA10S2", extra: new JsonObject
        {
            // Byte 6 (0x66) is the device type.
            ["Reads"] = new JsonObject { ["tx"] = "hex:55aaf002010a66fa01000001ff05a6" },
        });
        await using var host = await HostProcess.StartAsync(sim.Args());

        // One command: two in a row may reach a loaded server's write loop together and become one packet.
        await VendorDrive.RunAsync(5, host, "Sensee Capsule", Step("constrict", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "read" && t.Endpoint == "tx");
        // Every packet sets the vibrator (kind 00) and the suction (kind 02).
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:55aaf002000d66f10200010100020101320000"],
            ["tx:55aaf002000d66f10200010100020101000000"]);
    }
}
