using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Honey Play Box over the real server: the handshake hands out the session key that signs every frame.</summary>
public sealed class HoneyPlayBoxEndToEndTests
{
    private const string Handshake = "02a55a55aaf000b10100020010033686";
    // Code 9000 and the session key 01…10, as in the reference's test case.
    private const string Answer = "02a55a55aaf000b101001290000102030405060708090a0b0c0d0e0f1003f426";

    [Fact]
    public async Task V4_client_drives_a_Vibrosa_with_signed_frames_and_reads_its_battery()
    {
        using var sim = new SimulatedSetup().Device("JXT002", replies: [("hex:" + Handshake, "hex:" + Answer)],
            extra: new JsonObject { ["Reads"] = new JsonObject { ["rxblebattery"] = "hex:4d" } });
        // A long keep-alive interval: no repeated frame may blur the exact sequence.
        await using var host = await HostProcess.StartAsync(sim.Args("--HoneyPlayBox:KeepAliveIntervalMs=60000"));

        var output = await VendorDrive.RunAsync(5, host, "Honey Play Box Vibrosa",
            Step("vibrate", new { value = 0.5, feature = 0 }), Step("battery"), Step("sleep", new { ms = 150 }));

        Assert.Equal(77, VendorDrive.Result(output, "battery")["value"]!.GetValue<double>(), 3);
        Assert.Contains(sim.Trace(), t => t.Op == "subscribe" && t.Endpoint == "rx");
        Assert.Contains(sim.Trace(), t => t.Op == "notify" && t.Endpoint == "rx" && t.Data == Answer);
        // Handshake (counter 0); motor 0 at 50 (counter 2); the stop: one frame per motor (counters 3, 4).
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:" + Handshake, "tx:02a55a55aaf002b1030018010005003c000032110005003c0000003cab13934e4cb857033291"],
            ["tx:02a55a55aaf003b1030018010005003c000000110005003c000000f82dc35bd60832e403d675",
             "tx:02a55a55aaf004b1030018010005003c000000110005003c000000f82dc35bd60832e403d675"]);
    }
}
