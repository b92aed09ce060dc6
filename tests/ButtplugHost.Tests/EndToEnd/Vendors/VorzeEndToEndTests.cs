using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Vorze over the real server: a Cyclone SA rotating, a Bach vibrating.</summary>
public sealed class VorzeEndToEndTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_rotates_a_Cyclone_SA_and_disconnect_stops_it(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("CycSA");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // 0.5 clockwise of 99 steps → 50 with the direction bit: 0x80 | 50. (v4 clients give the signed steps.)
        await VendorDrive.RunAsync(clientMajor, host, "Vorze A10 Cyclone SA",
            Step("rotate", new { value = 0.5, clockwise = true, steps = 50 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0101b2"], ["tx:010180"]);
    }

    [Fact]
    public async Task Official_client_vibrates_a_Bach_and_disconnect_stops_it()
    {
        using var sim = new SimulatedSetup().Device("Bach smart");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Vorze Bach", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:060332"], ["tx:060300"]);
    }
}
