using System.Globalization;
using System.Text.RegularExpressions;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Reconnect;

/// <summary>
/// Simulated devices that vanish and come back: the official v4 client sees them removed and added
/// again under the same index without scanning again, at rest; a flapping device is held back.
/// </summary>
public sealed partial class SimulatedReconnectTests
{
    private const string Toy = """{"Devices":[{"Name":"TST-Back","Address":"SIM:BACK"}]}""";

    [Fact]
    public async Task A_vanished_device_comes_back_under_its_index_at_rest_without_a_scan()
    {
        using var dir = new TempDir();
        var devicesFile = dir.File("devices.json");
        await File.WriteAllTextAsync(devicesFile, Toy);
        using var sim = new SimulatedSetup();
        await using var host = await HostProcess.StartAsync(sim.Args("--Simulated:DevicesFile=" + devicesFile, "--user-device-config-file", dir.File("user.json")));
        var client = RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Test Device" }), Step("stopscan"),
            Step("vibrate", new { value = 0.5, feature = 0 }),
            Step("wait-removed", new { name = "Test Device", timeout = 60000 }),
            Step("wait-added", new { name = "Test Device", count = 2, timeout = 60000 }),
            Step("vibrate", new { value = 0.25, feature = 0 }), Step("disconnect"),
        ], timeoutMs: 180_000);

        await sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:10;"), 30_000);
        await File.WriteAllTextAsync(devicesFile, """{"Devices":[]}""");
        await host.WaitForLogAsync("it is reconnected when it is back", 30_000);
        var beforeReturn = sim.Trace().Count;
        await File.WriteAllTextAsync(devicesFile, Toy);
        var output = await client;

        ReconnectChecks.AssertCameBackUnderItsIndex(output, "Test Device");
        Assert.Contains("reconnected at SIM:BACK, at rest", host.LogText, StringComparison.Ordinal);
        // Back at rest: after it reconnected nothing moved it until the client's new command.
        var after = sim.Trace().Skip(beforeReturn).Where(t => t.Op == "write").Select(t => t.Text ?? "").ToList();
        var firstCommand = after.IndexOf("F0:Vibrate:5;");
        Assert.True(firstCommand >= 0, "writes after the return: " + string.Join(" ", after));
        Assert.Empty(ReconnectChecks.Moving(after.Take(firstCommand)));
        Assert.DoesNotContain("F0:Vibrate:10;", after);
    }

    [Fact]
    public async Task With_reconnecting_off_a_vanished_device_waits_for_a_client_scan()
    {
        using var dir = new TempDir();
        var devicesFile = dir.File("devices.json");
        // The toy is switched on once the client is there (a devices file connects its toys by itself, also before any client).
        await File.WriteAllTextAsync(devicesFile, """{"Devices":[]}""");
        using var sim = new SimulatedSetup();
        await using var host = await HostProcess.StartAsync(sim.Args("--Simulated:DevicesFile=" + devicesFile, "--no-reconnect", "--log", "debug"));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        await File.WriteAllTextAsync(devicesFile, Toy);
        await client.ReceiveAsync("DeviceAdded", 30_000);
        // No scan running (serial and HID would scan until stopped): the return is the bus's report alone.
        await client.RequestAsync("""[{"StopScanning":{"Id":4}}]""", 4);
        await File.WriteAllTextAsync(devicesFile, """{"Devices":[]}""");
        await client.ReceiveAsync("DeviceRemoved", 30_000);
        await host.WaitForLogAsync("reconnecting is off for it", 30_000);
        await File.WriteAllTextAsync(devicesFile, Toy);
        await host.WaitForLogAsync("so it waits for a client scan", 30_000);

        await client.RequestAsync("""[{"StartScanning":{"Id":5}}]""", 5);
        var back = await client.ReceiveAsync("DeviceAdded", 30_000);
        Assert.Equal(0, back["DeviceIndex"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_flapping_device_is_reconnected_with_a_growing_back_off_visible_in_trace_and_log()
    {
        // Drops out 50 ms after each connect and advertises every 50 ms: reconnected at once each
        // time, that is about 10 drop-outs a second.
        using var sim = new SimulatedSetup().Device("TST-Flap", "SIM:FLAP", extra: new() { ["FlapAfterMs"] = 50 });
        await using var host = await HostProcess.StartAsync(sim.Args("--Reconnect:BackoffMs=100"));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(4);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        // Every drop-out or failed attempt in a row waits longer: 100, 200, 400, 800 ms (a loaded machine
        // may fail an attempt when the toy drops out during its initialisation; that counts the same).
        var until = DateTime.UtcNow.AddSeconds(90);
        while (BackoffPattern().Count(host.LogText) < 4 && DateTime.UtcNow < until)
            await Task.Delay(50);
        var delays = BackoffPattern().Matches(host.LogText).Select(m => (Count: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Ms: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.True(delays.Count >= 4, host.LogText);
        Assert.Equal([(2, 100), (3, 200), (4, 400), (5, 800)], delays.Take(4));
        // The trace: at most one connect per attempt, each at least its back-off after the one before.
        var connects = sim.Trace().Where(t => t.Address == "SIM:FLAP" && t.Op == "connect").Select(t => DateTimeOffset.Parse(t.Time, CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(connects.Count, 5, delays.Count + 2);
        for (var i = 2; i < connects.Count; i++)
            Assert.True(connects[i] - connects[i - 1] >= TimeSpan.FromMilliseconds(delays[i - 2].Ms), $"connect {i}: {connects[i] - connects[i - 1]} after the one before");
        Assert.False(host.HasExited);
    }

    [Fact]
    public async Task A_device_that_drops_out_and_is_back_at_once_reaches_the_client_as_removed_then_added_every_time()
    {
        // Drops out 50 ms after each connect and is reconnected 50 ms later: the removal's clean-up
        // overlaps the return, and the events must still come in the order the registry changed.
        using var sim = new SimulatedSetup().Device("TST-Flap", "SIM:FLAP", extra: new() { ["FlapAfterMs"] = 50 });
        await using var host = await HostProcess.StartAsync(sim.Args("--Reconnect:BackoffMs=50"));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        var events = new List<string>();
        while (events.Count < 8)
        {
            var message = await client.ReceiveAsync(60_000);
            if (message.ContainsKey("DeviceAdded") || message.ContainsKey("DeviceRemoved"))
                events.Add(message.First().Key);
        }
        Assert.Equal(Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? "DeviceAdded" : "DeviceRemoved"), events);
    }

    [GeneratedRegex(@"(\d+)(?: times)? in a row\)?; back-off: next (?:reconnect|attempt) in (\d+) ms")]
    private static partial Regex BackoffPattern();
}
