using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Sensee over the real server: sensee-v2 (the device type comes from a read of tx, every packet sets every motor) and sensee (v1).</summary>
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

    [Fact]
    public async Task V4_client_vibrates_a_Diandou_Rabbit()
    {
        using var sim = new SimulatedSetup().Device("CTY222S4");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Sensee Diandou Rabbit", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // The fixed sensee frame with the speed (50 of 100) last; no read at start-up.
        Assert.DoesNotContain(sim.Trace(), t => t.Op == "read");
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:55aaf001010b65f7010132"], ["tx:55aaf001010b65f7010100"], stopAgain: []);
    }
}
