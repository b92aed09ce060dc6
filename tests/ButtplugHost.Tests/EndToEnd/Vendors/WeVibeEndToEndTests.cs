using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>We-Vibe over the real server: the classic start-up frames, a vibration, the off frame.</summary>
public sealed class WeVibeEndToEndTests
{
    private const string Off = "tx:0f00000000000000";

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_vibrates_a_Pivot_after_its_start_up_frames(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("Pivot");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // 0.5 of 15 steps → 8, repeated in both nibbles of the one-motor toy.
        await VendorDrive.RunAsync(clientMajor, host, "WeVibe Pivot", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0f03009900030000", Off, "tx:0f03008800030000"], [Off]);
    }

    [Fact]
    public async Task Both_motors_of_a_4_Plus_share_one_frame()
    {
        using var sim = new SimulatedSetup().Device("4plus");
        await using var host = await HostProcess.StartAsync(sim.Args());

        // Legacy clients send both motors in one ScalarCmd: one frame, ceil(15·0.75) = 12 in each nibble.
        await VendorDrive.RunAsync(3, host, "WeVibe 4 Plus", Step("vibrate", new { value = 0.75 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:0f03009900030000", Off, "tx:0f0300cc00030000"], [Off]);
    }
}
