using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Fredorch over the real server: the programmed start-up with echoes, strokes; the rotary machine's speed steps.</summary>
public sealed class FredorchEndToEndTests
{
    private static readonly string[] StartUp =
    [
        "01060064000109d5",
        "01060069000059d6",
        "0110006b00050a000500050000000000" + "01c0c3",
        "010600690001" + "9816",
        "0106006a0001" + "6816",
    ];

    [Fact]
    public async Task Official_v4_client_strokes_a_Fredorch()
    {
        // The machine echoes every start-up packet.
        using var sim = new SimulatedSetup().Device("YXlinksSPP", replies: StartUp.Select(p => ("hex:" + p, "hex:" + p)));
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Fredorch Device", Step("linear", new { steps = 7, duration = 200 }), Step("sleep", new { ms = 150 }));

        Assert.Contains(sim.Trace(), t => t.Op == "subscribe" && t.Endpoint == "rx");
        // Position 7 (70 = 46) in 200 ms: speed 12 (0c); the stop sends nothing.
        await VendorDrive.AssertWritesAsync(host, sim, [.. StartUp.Select(p => "tx:" + p), "tx:0110006b00050a000c000c004600460001" + "5b89"], []);
    }

    [Fact]
    public async Task Official_v4_client_steps_a_Fredorch_rotary_machine_up_and_stops_it()
    {
        // The machine answers nothing: start-up waits out each answer.
        using var sim = new SimulatedSetup().Device("M1_0042");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Fredorch Rotary Device", Step("oscillate", new { steps = 2 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim,
            ["tx:5503999caa", "tx:550921000000000000" + "2aaa", "tx:55031f22aa", "tx:55032427aa", "tx:55030104aa", "tx:55030104aa"],
            ["tx:55032427aa"]);
    }
}
