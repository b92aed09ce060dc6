using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Sexverse over the real server: one model of each protocol (sexverse-v1 to v5, sexverse-lg389).</summary>
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

    [Fact]
    public async Task Official_v4_client_vibrates_an_HH010_after_its_start_up_packet()
    {
        using var sim = new SimulatedSetup().Device("HH010");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Sexverse HH010", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // Start-up AA 04; the vibrator (feature 1, motor 2) at 10 of 20; the stop covers the oscillator
        // too (never set, so not known to be at rest); the server's own stop then finds both at rest.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa04", "tx:aa030102640a"], ["tx:aa0301016400", "tx:aa0301026400"], stopAgain: []);
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_Zeus_and_the_packet_is_repeated()
    {
        using var sim = new SimulatedSetup().Device("TA-S001A");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Sexverse Zeus", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 400 }));

        await host.WaitForLogAsync("disconnected: stopping all devices");
        var writes = (await sim.WaitForHexWritesAsync(w => w.Count > 0 && w[^1] == "tx:a1040002" && w.Count(x => x == "tx:a1040a01") >= 2)).ToList();
        // A1 04 speed motor: the vibrator at 10 of 20, then both motors at 0. Repeats of the last
        // packet (the 100 ms keep-alive) come in between, so the sequence is compared without them.
        Assert.Equal(["tx:a1040a01", "tx:a1040001", "tx:a1040002"], writes.Where((w, i) => i == 0 || writes[i - 1] != w));
        Assert.True(writes.Count(x => x == "tx:a1040a01") >= 2, string.Join("\n", writes));
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_VVD_Vkini()
    {
        using var sim = new SimulatedSetup().Device("HJ2024N01");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "VVD Vkini", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // BB 01 speed 66: 50 of 99.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:bb013266"], ["tx:bb010066"], stopAgain: []);
    }

    [Fact]
    public async Task Official_v4_client_vibrates_a_Hannibal_Kona()
    {
        using var sim = new SimulatedSetup().Device("CB-WXW03");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Hannibal Kona", Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // AA 03 03 speed 00 00 00: 50 of 100.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa030332000000"], ["tx:aa030300000000"], stopAgain: []);
    }

    [Fact]
    public async Task Official_v4_client_oscillates_an_LG389()
    {
        using var sim = new SimulatedSetup().Device("LG389");
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Sexverse LG389", Step("oscillate", new { value = 0.5 }), Step("sleep", new { ms = 150 }));

        // AA 05 vibrate 14 anchor 00 range 00 oscillate 00: the oscillator at 5 of 10 anchors to the base
        // over the full range; the stop is one packet with both at 0.
        await VendorDrive.AssertWritesAsync(host, sim, ["tx:aa050014010004000500"], ["tx:aa050014000000000000"], stopAgain: []);
    }
}
