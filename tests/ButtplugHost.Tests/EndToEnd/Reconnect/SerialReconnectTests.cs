using System.Text;
using ButtplugHost.Plugins.Serial.Tests;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Reconnect;

/// <summary>
/// A TCode stroker on a pseudo-terminal that is closed (unplugged) and reopened (plugged in again) under
/// the same port name, a link as udev makes: the official v4 client sees it come back under its index
/// without scanning again, and it is not moved.
/// </summary>
public sealed class SerialReconnectTests
{
    [Fact]
    public async Task A_port_closed_and_reopened_comes_back_under_its_index_at_rest()
    {
        using var dir = new TempDir();
        var port = dir.File("osr2");
        var first = new PseudoTerminal();
        File.CreateSymbolicLink(port, first.SlavePath);
        var userConfig = dir.File("user-devices.json");
        var serial = "{\"serial\": {\"port\": \"" + port + "\", \"baud_rate\": 115200, \"data_bits\": 8, \"parity\": \"N\", \"stop_bits\": 1}}";
        await File.WriteAllTextAsync(userConfig, "{\"user_configs\": {\"protocols\": {\"tcode-v03\": {\"communication\": [" + serial + "]}}}}");
        await using var host = await HostProcess.StartAsync("--use-serial", $"--Serial:Ports:0={port}", "--Serial:WatchIntervalMs=200", "--user-device-config-file", userConfig);

        var client = RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "TCode v0.3", timeout = 60000 }), Step("stopscan"),
            Step("linear", new { position = 0.51, duration = 200 }),
            Step("wait-removed", new { name = "TCode v0.3", timeout = 60000 }),
            Step("wait-added", new { name = "TCode v0.3", count = 2, timeout = 60000 }), Step("disconnect"),
        ], timeoutMs: 180_000);

        const string moved = "L0510I200\n";
        Assert.Equal(moved, Encoding.ASCII.GetString(await first.WaitForBytesAsync(moved.Length, 30_000)));
        // Unplugged: the port's name goes with it.
        File.Delete(port);
        first.Dispose();
        await host.WaitForLogAsync("it is reconnected when it is back", 30_000);
        using var second = new PseudoTerminal();
        File.CreateSymbolicLink(port, second.SlavePath);
        var output = await client;

        ReconnectChecks.AssertCameBackUnderItsIndex(output, "TCode v0.3");
        Assert.DoesNotContain("L0", second.ReceivedText, StringComparison.Ordinal);
        Assert.False(host.HasExited);
    }
}
