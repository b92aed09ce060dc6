using System.Net.WebSockets;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Protocol;

namespace ButtplugHost.Tests.Security;

/// <summary>Every way the process ends leaves the toy stopped; clients are told the server is going away.</summary>
public sealed class ShutdownTests
{
    private const string Vibrate9 = """[{"OutputCmd":{"Id":2,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}}}]""";

    private static Task<(HostProcess Host, RawClient Client)> StartVibratingAsync(SimulatedSetup sim, params string[] args) =>
        StartVibratingAsync(sim, HostProcess.StartAsync(sim.Args(args)));

    private static async Task<(HostProcess Host, RawClient Client)> StartVibratingAsync(SimulatedSetup sim, Task<HostProcess> starting)
    {
        var host = await starting;
        var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(4);
        Assert.True((await client.RequestAsync("""[{"StartScanning":{"Id":3}}]""", 3)).ContainsKey("Ok"));
        uint? index = null;
        var until = DateTime.UtcNow.AddSeconds(15);
        for (uint id = 10; index is null; id++)
        {
            var list = await client.RequestAsync($$$"""[{"RequestDeviceList":{"Id":{{{id}}}}}]""", id);
            foreach (var (_, d) in list["DeviceList"]!["Devices"]!.AsObject())
                index = d!["DeviceIndex"]!.GetValue<uint>();
            if (index is null)
            {
                Assert.True(DateTime.UtcNow < until, "the simulated device never connected");
                await Task.Delay(50);
            }
        }
        Assert.True((await client.RequestAsync(Vibrate9.F(index), 2)).ContainsKey("Ok"));
        await sim.WaitForWriteAsync("F0:Vibrate:9;");
        return (host, client);
    }

    private static void AssertStoppedLast(SimulatedSetup sim)
    {
        var writes = sim.Writes();
        Assert.Equal(TestDeviceFacts.StopWrites, writes.Skip(writes.Count - TestDeviceFacts.StopWrites.Length));
    }

    [Theory]
    [InlineData(Signals.SIGHUP)]
    [InlineData(Signals.SIGQUIT)]
    [InlineData(Signals.SIGTERM)]
    [InlineData(Signals.SIGINT)]
    public async Task A_signal_stops_the_toy_and_ends_the_process_cleanly(int signal)
    {
        using var sim = new SimulatedSetup().Device($"TST-signal-{signal}");
        var (host, client) = await StartVibratingAsync(sim);
        await using (host)
        await using (client)
        {
            await host.StopAsync(signal);
            Assert.Equal(0, host.ExitCode);
            AssertStoppedLast(sim);
        }
    }

    [Fact]
    public async Task Started_under_nohup_a_hangup_leaves_the_server_running()
    {
        using var sim = new SimulatedSetup().Device("TST-nohup");
        var (host, client) = await StartVibratingAsync(sim, HostProcess.StartIgnoringHangupAsync(sim.Args()));
        await using (host)
        await using (client)
        {
            // The kernel discards a signal whose disposition is "ignore" when it is sent, so once the
            // disposition says so, the Ping after the kill cannot race a handler.
            var ignored = File.ReadLines($"/proc/{host.ProcessId}/status").Single(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            Assert.True((Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16) & 1UL << (Signals.SIGHUP - 1)) != 0, ignored);
            Signals.Kill(host.ProcessId, Signals.SIGHUP);
            var afterSignal = await client.RequestAsync("""[{"Ping":{"Id":7}}]""", 7);
            Assert.True(afterSignal.ContainsKey("Ok"));
            Assert.False(host.HasExited);
            Assert.DoesNotContain("Received SIGHUP", host.LogText, StringComparison.Ordinal);
            Assert.Equal("F0:Vibrate:9;", sim.Writes()[^1]);
            await host.StopAsync();
            Assert.Equal(0, host.ExitCode);
            AssertStoppedLast(sim);
        }
    }

    [Fact]
    public async Task Clients_get_close_1001_when_the_server_shuts_down()
    {
        using var sim = new SimulatedSetup().Device("TST-going-away");
        var (host, client) = await StartVibratingAsync(sim);
        await using (host)
        await using (client)
        {
            var closed = client.WaitForCloseAsync(20_000);
            Signals.Kill(host.ProcessId, Signals.SIGTERM);
            Assert.True(await closed);
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
            await host.StopAsync(); // already ending: waits for the exit
            AssertStoppedLast(sim);
        }
    }

    [Fact]
    public async Task An_unhandled_exception_on_any_thread_stops_the_toy_before_the_process_dies()
    {
        using var sim = new SimulatedSetup().Device("TST-crash");
        var (host, client) = await StartVibratingAsync(sim, "--plugins-dir", Path.GetDirectoryName(ButtplugHost.Tests.Plugins.PluginTestKit.FaultyBuild)!, "--Faulty:Throw=CrashOnSecondScan");
        await using (host)
        await using (client)
        {
            await client.SendAsync("""[{"StartScanning":{"Id":4}}]"""); // the second scan: the faulty transport crashes
            var until = DateTime.UtcNow.AddSeconds(30);
            while (!host.HasExited && DateTime.UtcNow < until)
                await Task.Delay(50);
            Assert.True(host.HasExited, "the crash should end the process");
            await host.StopAsync(); // flushes the output readers
            Assert.NotEqual(0, host.ExitCode);
            AssertStoppedLast(sim);
            Assert.Contains("Every device stopped.", host.LogText, StringComparison.Ordinal);
        }
    }
}
