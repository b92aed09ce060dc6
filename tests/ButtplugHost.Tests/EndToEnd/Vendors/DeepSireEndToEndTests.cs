using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>DeepSire over the real server: the speed framed by 55 04 01 00 00 … AA.</summary>
public sealed class DeepSireEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_vibrates_an_Imp_3()
    {
        using var sim = new SimulatedSetup().Device("IMP 3");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Kuirkish Imp 3", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        await VendorDrive.AssertWritesAsync(host, sim, ["tx:5504010000" + "80aa"], ["tx:5504010000" + "00aa"]);
    }
}
