using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.Plugins;

/// <summary>
/// What a new plugin author does, against a running server: install the template from the repository,
/// create a protocol plugin, build and test it against the packed SDK (offline), drop the build into the
/// server's plugin directory and drive a simulated device with an official client; then replace it with
/// a changed build and remove it — all without restarting the server.
/// </summary>
public sealed class TemplateEndToEndTests
{
    [Fact]
    public async Task A_plugin_made_from_the_template_is_hot_loaded_replaced_and_removed_in_a_running_server()
    {
        using var work = new TempDir();
        var cli = new DotnetCli(home: Directory.CreateDirectory(Path.Combine(work.Path, "home")).FullName, packages: Path.Combine(work.Path, "packages"));
        var feed = Path.Combine(work.Path, "feed");
        var hive = Path.Combine(work.Path, "hive");
        var project = Path.Combine(work.Path, "AcmeToy");
        var output = Path.Combine(project, "src", "bin", "Debug", "net10.0");

        // The SDK package (already built by this test run) in a local feed; everything else from the machine's package folders.
        await cli.RunAsync(work.Path, "pack", Path.Combine(RepoPaths.Root, "sdk", "ButtplugHost.Sdk", "ButtplugHost.Sdk.csproj"), "-c", "Debug", "--no-build", "-o", feed);
        Assert.Single(Directory.GetFiles(feed, "ButtplugHost.Sdk.*.nupkg"));
        File.WriteAllText(Path.Combine(work.Path, "NuGet.config"), DotnetCli.OfflineNuGetConfig(DotnetCli.OfflineSources()));

        await cli.RunAsync(work.Path, "new", "install", Path.Combine(RepoPaths.Root, "plugin-template"), "--debug:custom-hive", hive);
        await cli.RunAsync(work.Path, "new", "buttplug-protocol", "-n", "AcmeToy", "-o", project, "--sdk-source", feed, "--debug:custom-hive", hive);
        var tests = await cli.RunAsync(project, "test", "tests");
        Assert.Contains("Passed!", tests, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "ButtplugHost.Sdk.dll")), "the plugin folder must not carry its own SDK");

        using var sim = new SimulatedSetup().Device("AcmeToy-1");
        var plugins = Directory.CreateDirectory(Path.Combine(work.Path, "server-plugins")).FullName;
        await using var host = await HostProcess.StartAsync(sim.Args("--plugins-dir", plugins, "--Plugins:WatchQuietMs=300"));
        var installed = Path.Combine(plugins, "AcmeToy");
        // Dropped in once the start-time load is over (it runs after the endpoint listens), so the watcher sees it.
        await host.WaitForLogAsync("buses started in", 30_000);

        // 1. Dropped in: found and driven. 0.5 on a 0–20 vibrator is 10: [0xA1, feature 0, 10].
        PluginTestKitCopy(output, installed);
        // A protocol plugin is indexed from its data; its code loads when the device is found (docs/plugins.md).
        await host.WaitForLogAsync("Indexed plugin acmetoy 0.1.0", 15_000);
        await DriveAsync(host);
        Assert.Equal("a1000a", (await WaitForWriteAsync(sim, w => w.StartsWith("a1", StringComparison.Ordinal)))[0]);

        // 2. Replaced by a changed build (another command byte, version 0.2.0): the old device is stopped and
        //    disconnected, the old copy unloaded, and the device comes back under the new one.
        var source = Path.Combine(project, "src", "AcmeToyProtocol.cs");
        File.WriteAllText(source, File.ReadAllText(source).Replace("VibrateCommand = 0xA1", "VibrateCommand = 0xB2", StringComparison.Ordinal));
        var manifest = Path.Combine(project, "src", "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"0.1.0\"", "\"0.2.0\"", StringComparison.Ordinal));
        await cli.RunAsync(project, "build", "src");
        PluginTestKitCopy(output, installed);
        await host.WaitForLogAsync("Indexed plugin acmetoy 0.2.0", 15_000);
        await host.WaitForLogAsync("Unloaded plugin acmetoy 0.1.0");
        await DriveAsync(host);
        var writes = await WaitForWriteAsync(sim, w => w.StartsWith("b2", StringComparison.Ordinal));
        Assert.Equal("b2000a", writes.First(w => w.StartsWith("b2", StringComparison.Ordinal)));
        Assert.Contains("a10000", writes); // the old protocol stopped the device before letting go of it

        // 3. Removed: a connected client sees the device go.
        await using var client = await ConnectRawAsync(host);
        var list = await client.RequestAsync("[{\"RequestDeviceList\":{\"Id\":2}}]", 2);
        var index = list["DeviceList"]!["Devices"]!.AsArray().Single(d => d!["DeviceName"]!.ToString() == "AcmeToy Vibrator")!["DeviceIndex"]!.GetValue<uint>();
        Directory.Delete(installed, recursive: true);
        var removed = await client.ReceiveAsync("DeviceRemoved", 10_000);
        Assert.Equal(index, removed["DeviceIndex"]!.GetValue<uint>());
        await host.WaitForLogAsync("Unloaded plugin acmetoy 0.2.0");
        var after = await client.RequestAsync("[{\"RequestDeviceList\":{\"Id\":3}}]", 3);
        Assert.Empty(after["DeviceList"]!["Devices"]!.AsArray());
        Assert.False(host.HasExited);
    }

    // The server takes one client at a time and lets go of the last one a moment after it left:
    // a client refused at connect (nothing done yet) simply tries again.
    private static async Task DriveAsync(HostProcess host)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var lines = await RunAsync(5, host.Url,
                [
                    Step("connect"), Step("scan"), Step("wait-device", new { name = "AcmeToy Vibrator" }),
                    Step("vibrate", new { value = 0.5 }), Step("sleep", new { ms = 100 }), Step("disconnect"),
                ]);
                Assert.Contains(lines, l => l["op"]?.ToString() == "vibrate" && l["ok"]?.GetValue<bool>() == true);
                return;
            }
            catch (InvalidOperationException e) when (attempt < 20 && !e.Message.Contains("\"connect\"", StringComparison.Ordinal))
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task<RawClient> ConnectRawAsync(HostProcess host)
    {
        for (var attempt = 1; ; attempt++)
        {
            var client = await RawClient.ConnectAsync(host.Url);
            try
            {
                await client.HandshakeAsync(3);
                return client;
            }
            catch (System.Net.WebSockets.WebSocketException) when (attempt < 20)
            {
                await client.DisposeAsync();
                await Task.Delay(250);
            }
        }
    }

    private static Task<IReadOnlyList<string>> WaitForWriteAsync(SimulatedSetup sim, Func<string, bool> wanted) =>
        WaitUntilAsync(sim, writes => writes.Any(wanted));

    private static async Task<IReadOnlyList<string>> WaitUntilAsync(SimulatedSetup sim, Func<IReadOnlyList<string>, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var writes = sim.Trace().Where(t => t.Op == "write").Select(t => t.Data ?? "").ToList();
            if (condition(writes))
                return writes;
            if (DateTime.UtcNow > until)
                throw new TimeoutException("Expected writes did not arrive. Writes so far: " + string.Join(", ", writes));
            await Task.Delay(20);
        }
    }

    // Copies file by file, as a user's file manager would: the server must wait until the folder is quiet.
    private static void PluginTestKitCopy(string from, string to) => PluginTestKit.CopyFolder(from, to);
}
