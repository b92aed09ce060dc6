using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>The default start says what a person needs in about ten lines; the listening line shows at every level.</summary>
public sealed class StartupOutputTests
{
    [Fact]
    public async Task The_default_start_is_short_and_says_version_plugins_buses_and_address()
    {
        await using var host = await HostProcess.StartWithPluginsAsync([RepoPaths.BuiltInPlugins]);
        var plugins = Directory.GetDirectories(RepoPaths.BuiltInPlugins).Length;
        // The device WebSocket server is off in the default configuration, and Lovense Connect and XInput
        // are off unless turned on (their plugin.json), so their plugins are not even loaded; the other
        // transports load at the first scan (their plugin.json: "loadWhen": "scan").
        await host.WaitForLogAsync("plugins installed: ", 30_000);
        var log = host.Log;
        Assert.Contains(log, l => l.Contains("ButtplugHost ", StringComparison.Ordinal) && l.Contains("message spec 0–4", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains($"{plugins} plugins installed: ", StringComparison.Ordinal)
            && l.Contains("4 at the first scan (bluetooth-le, hid, serial, simulated), 3 disabled in configuration (DeviceWebSocket, LovenseConnect, XInput)", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("listening on ws://127.0.0.1:", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.Contains("Loaded plugin ", StringComparison.Ordinal) || l.Contains("Bus simulated", StringComparison.Ordinal) || l.Contains("Transport btle", StringComparison.Ordinal));
        Assert.True(log.Count <= 12, "The start took " + log.Count + " lines:\n" + host.LogText);

        // The first scan: every enabled built-in transport reports, available or not (with the reason).
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        foreach (var bus in new[] { "btle", "serial", "simulated" })
        {
            var until = DateTime.UtcNow.AddSeconds(15);
            while (!host.Log.Any(l => l.Contains($"Bus {bus}: available", StringComparison.Ordinal) || l.Contains($"Transport {bus} is unavailable: ", StringComparison.Ordinal)))
            {
                Assert.True(DateTime.UtcNow < until, $"bus {bus} did not report:\n{host.LogText}");
                await Task.Delay(20);
            }
        }
        await host.WaitForLogAsync("Loaded 4 plugin(s) for the first scan (bluetooth-le, hid, serial, simulated) and started their buses in ", 30_000);
    }

    [Theory]
    [InlineData("error")]
    [InlineData("off")]
    public async Task The_listening_line_shows_at_every_log_level(string level)
    {
        await using var host = await HostProcess.StartWithPluginsAsync([RepoPaths.BuiltInPlugins], "--log", level);
        Assert.Contains(host.Log, l => l.StartsWith("Buttplug server \"ButtplugHost\" listening on ws://127.0.0.1:", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Log, l => l.Contains("plugins installed", StringComparison.Ordinal));
    }
}
