using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Adrien Lastic over the real server: matched by its advertised service, driven with text.</summary>
public sealed class AdrienLasticEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_toy_found_by_its_advertised_service()
    {
        using var sim = new SimulatedSetup().Device("AL Toy", extra: new JsonObject
        {
            ["AdvertisedServices"] = new JsonArray("00001320-0000-1000-8000-00805f9b34fb"),
        });
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Adrien Lastic Device", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // "MotorValue:08;" (8 of 16), then "MotorValue:00;".
        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:" + Convert.ToHexStringLower("MotorValue:08;"u8)], ["tx:" + Convert.ToHexStringLower("MotorValue:00;"u8)]);
    }
}
