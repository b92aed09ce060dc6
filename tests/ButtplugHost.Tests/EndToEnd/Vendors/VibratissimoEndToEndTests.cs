using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Vibratissimo over the real server: the model read from the device, write mode then every speed, battery.</summary>
public sealed class VibratissimoEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Licker_and_reads_its_battery()
    {
        // "Licker" in the model-number characteristic, 66 % in the battery characteristic.
        using var sim = new SimulatedSetup().Device("Vibratissimo",
            extra: new JsonObject { ["Reads"] = new JsonObject { ["rxblemodel"] = "hex:4c69636b6572", ["rxblebattery"] = "hex:42" } });
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await VendorDrive.RunAsync(5, host, "Vibratissimo Licker",
            Step("vibrate", new { value = 0.5, feature = 1 }), Step("battery"), Step("sleep", new { ms = 150 }));

        Assert.Equal(66, VendorDrive.Result(output, "battery")["value"]!.GetValue<double>(), 3);
        Assert.Contains(sim.Trace(), t => t.Op == "read" && t.Endpoint == "rxblemodel");
        await VendorDrive.AssertWritesAsync(host, sim, ["txmode:03ff", "txvibrate:0080"], ["txmode:03ff", "txvibrate:0000"]);
    }
}
