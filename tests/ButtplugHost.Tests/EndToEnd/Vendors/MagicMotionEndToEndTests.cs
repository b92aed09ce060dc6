using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Magic Motion over the real server: the V1 packet with its battery, the 77-step Krush.</summary>
public sealed class MagicMotionEndToEndTests
{
    private static string V1(string speed) => "tx:0bff040a3232000408" + speed + "6400";

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_vibrates_a_Magic_Cell_and_reads_its_battery(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("Magic Cell", extra: new JsonObject { ["Reads"] = new JsonObject { ["rxblebattery"] = "hex:55" } });
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await VendorDrive.RunAsync(clientMajor, host, "MagicMotion Dante/Candy/Rise",
            Step("vibrate", new { value = 0.5 }), Step("battery"), Step("sleep", new { ms = 150 }));

        Assert.Equal(clientMajor == 3 ? 0.85 : 85, VendorDrive.Result(output, "battery")["value"]!.GetValue<double>(), 3);
        await VendorDrive.AssertWritesAsync(host, sim, [V1("32")], [V1("00")]);
    }

    [Fact]
    public async Task A_Krush_has_77_steps()
    {
        using var sim = new SimulatedSetup().Device("Krush");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // ceil(77·0.5) = 39.
        await VendorDrive.RunAsync(5, host, "LoveLife Krush", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0bff040a4646000408276400"], ["tx:0bff040a4646000408006400"]);
    }
}
