using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Svakom over the real server: a Viviana vibrating, a Sam Neo 2 Pro vibrating and sucking.</summary>
public sealed class SvakomEndToEndTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_vibrates_a_Viviana_and_disconnect_stops_it(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("Viviana");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // ceil(10·0.5) = 5 with the "on" flag.
        await VendorDrive.RunAsync(clientMajor, host, "Svakom Viviana", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:550303000105"], ["tx:550303000000"]);
    }

    [Fact]
    public async Task Official_client_drives_both_outputs_of_a_Sam_Neo_2_Pro()
    {
        using var sim = new SimulatedSetup().Device("Sam Neo 2 Pro");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // Vibrator ceil(10·0.5) = 5, suction ceil(5·0.5) = 3, each in its own packet.
        await VendorDrive.RunAsync(5, host, "Svakom Sam Neo 2 Pro",
            Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }), Step("constrict", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:55030000050500", "tx:55090000010300"], ["tx:55030000000000", "tx:55090000000000"]);
    }
}
