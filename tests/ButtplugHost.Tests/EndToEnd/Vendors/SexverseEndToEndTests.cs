using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Sexverse (sexverse-v1) over the real server: one packet for every motor, XOR checksum.</summary>
public sealed class SexverseEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_a_Cali_whose_packet_carries_the_pump_too()
    {
        using var sim = new SimulatedSetup().Device("Cali");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // One step only: a second output sent while the first write waits out the message gap would
        // be merged into one packet, so the bytes would depend on the machine's speed.
        await VendorDrive.RunAsync(5, host, "Sexverse Cali", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // 23 07 06, motor 81 vibrator (03) at 128, motor 82 pump (04) at 0, XOR of all before.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:230706810380820400a6"], ["tx:23070681030082040026"]);
    }
}
