using ButtplugHost.Plugins.LovenseConnect.Tests;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// The Lovense Connect bus through the real server: a fake Lovense Connect app on 127.0.0.1 reports a
/// Lush; the official v4 client finds it, vibrates it and reads its battery; the app going away
/// removes it. And --use-xinput on a system without XInput says why it cannot work.
/// </summary>
public sealed class LovenseConnectEndToEndTests
{
    private const string Toy = "c44f33e9a1b2";

    [Fact]
    public async Task Official_v4_client_drives_a_Lush_behind_the_app_until_the_app_goes_away()
    {
        await using var app = await FakeLovenseConnectApp.StartAsync();
        app.SetToy(Toy, "Lush", battery: 64);
        await using var host = await HostProcess.StartAsync("--use-lovense-connect",
            $"--LovenseConnect:Hosts:0={app.Address}", "--LovenseConnect:DiscoveryUrl=", "--LovenseConnect:PollIntervalMs=100");

        // The battery is read before the vibrate, so the vibrate reaching the app says both are done.
        var client = NodeClient.RunAsync(5, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Lovense Lush", timeout = 20_000 }),
            Step("battery"), Step("vibrate", new { value = 0.5 }),
            Step("wait-removed", new { name = "Lovense Lush", timeout = 30_000 }), Step("disconnect"),
        ], timeoutMs: 90_000);

        // Commands arrive as the app expects them: half of 0-20 on the Lush's only motor, named by its id.
        Assert.Equal($"Vibrate1?v=10&t={Toy}", await app.NextCommandAsync(60_000));
        await app.StopAsync();

        var output = await client;
        Assert.Equal(64, Result(output, "battery")["value"]!.GetValue<double>(), 3);
        Assert.Contains(output, l => l["op"]?.ToString() == "wait-removed");
        Assert.Contains(host.Log, l => l.Contains($"Lovense Lush (lovense-connect-service, Lush) at {Toy} on lovense-connect", StringComparison.Ordinal));
        await host.WaitForLogAsync($"Lovense Connect app at {app.Address} does not answer");
    }

    [Fact]
    public async Task Use_xinput_here_says_why_it_cannot_work()
    {
        await using var host = await HostProcess.StartAsync("--use-xinput");
        if (OperatingSystem.IsWindows())
            return;
        await host.WaitForLogAsync("Transport xinput is unavailable: XInput gamepads need Windows (xinput1_4.dll)");
        Assert.DoesNotContain(host.Log, l => l.Contains("--use-xinput: the XInput gamepad bus is not available in this build", StringComparison.Ordinal));
    }

    private static System.Text.Json.Nodes.JsonObject Result(IReadOnlyList<System.Text.Json.Nodes.JsonObject> output, string op) =>
        output.Single(l => l["op"]?.ToString() == op);

}
