using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ButtplugHost.Tests.Infrastructure;
using Microsoft.Playwright;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.Dashboard;

/// <summary>
/// The person decides which apps may connect (docs/security.md, client approval): the official v4
/// client (buttplug@5) against the real server with a simulated Lovense Hush, answered on the status
/// page in a real browser (Playwright driving Debian's chromium).
/// </summary>
[Collection("Browser")]
public sealed class ClientApprovalBrowserTests
{
    private const string AppName = "ButtplugHost e2e (buttplug 5)";
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 20_000 };
    private static readonly LocatorAssertionsToHaveTextOptions PatientText = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_new_app_waits_until_allowed_then_drives_the_toy_connects_again_without_asking_and_is_asked_again_after_revoking()
    {
        // Keep-alives and the handshake timeout far shorter than the wait: they must not end a held handshake.
        await using var server = await StatusServer.StartAsync(null, "--client-approval", "new",
            "--Server:KeepAliveIntervalMs=500", "--Server:KeepAliveTimeoutMs=2000", "--Server:HandshakeTimeoutMs=1000");
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, server);

        var first = RunAsync(5, server.Host.Url, [Step("connect"), Step("scan"), Step("wait-device", new { name = "Hush" }), Step("vibrate", new { value = 0.5 }), Step("stopall"), Step("disconnect")]);
        var request = page.Locator("article.approval");
        await Assertions.Expect(request.Locator("[data-field=name]")).ToHaveTextAsync(AppName, PatientText);
        await Assertions.Expect(request.Locator("[data-field=origin]")).ToHaveTextAsync("native", PatientText);
        await Assertions.Expect(request.Locator("[data-field=spec]")).ToHaveTextAsync("4", PatientText);
        await Assertions.Expect(request.Locator("[data-field=address]")).ToHaveTextAsync("127.0.0.1", PatientText);
        // The countdown passed 56 s: the hold has outlived a keep-alive timeout and the handshake timeout.
        await Assertions.Expect(request.Locator("[data-field=left]")).ToHaveTextAsync(new Regex(@"^([0-9]|[1-4][0-9]|5[0-6]) s$"), PatientText);
        Assert.False(first.IsCompleted, "the client's connect must wait for the answer");
        await server.Host.WaitForLogAsync("--approve-client", 20_000);
        await Screenshot(page, "client-approval-request");

        await request.Locator("button.always-allow").ClickAsync();
        var output = await first;
        Assert.Contains(output, l => l["op"]?.ToString() == "vibrate");
        await server.Sim.WaitForWritesAsync(w => w.Contains("Vibrate:10;"), 20_000);
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("No app is waiting", Patient);
        var remembered = page.Locator("#decisions li.decision");
        await Assertions.Expect(remembered).ToContainTextAsync($"{AppName} (native): allowed", Patient);
        Assert.Contains(AppName, await File.ReadAllTextAsync(server.Dir.File("client-approvals.json")));

        // The same app again: no question.
        await RunAsync(5, server.Host.Url, [Step("connect"), Step("disconnect")]);
        Assert.Single(server.Host.Log, l => l.Contains("asks to connect", StringComparison.Ordinal));

        // Revoked on the page: asked again (and Allow once is not remembered).
        await remembered.Locator("button.revoke").ClickAsync();
        await Assertions.Expect(page.Locator("#decisions")).ToContainTextAsync("No app remembered yet", Patient);
        var third = RunAsync(5, server.Host.Url, [Step("connect"), Step("disconnect")]);
        await Assertions.Expect(request.Locator("[data-field=name]")).ToHaveTextAsync(AppName, PatientText);
        await request.Locator("button.allow-once").ClickAsync();
        await third;
        Assert.Equal(2, server.Host.Log.Count(l => l.Contains("asks to connect", StringComparison.Ordinal)));
        await Assertions.Expect(page.Locator("#decisions")).ToContainTextAsync("No app remembered yet", Patient);
    }

    [Fact]
    public async Task A_denied_app_gets_the_spec_error_the_toy_never_moves_and_the_denial_is_remembered()
    {
        await using var server = await StatusServer.StartAsync(null, "--client-approval", "new");
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, server);
        // The toy is connected: a command that got through would reach it.
        await page.ClickAsync("#scan");
        await Assertions.Expect(page.Locator("article.device h3")).ToContainTextAsync("Lovense Hush", Patient);

        var refused = RunAsync(5, server.Host.Url, [Step("connect-refused")]);
        var request = page.Locator("article.approval");
        await Assertions.Expect(request.Locator("[data-field=name]")).ToHaveTextAsync(AppName, PatientText);
        await request.Locator("button.deny").ClickAsync();
        AssertRefused(await refused);
        await Assertions.Expect(page.Locator("#decisions li.decision")).ToContainTextAsync($"{AppName} (native): denied", Patient);

        // Remembered: refused at once, without asking.
        AssertRefused(await RunAsync(5, server.Host.Url, [Step("connect-refused")]));
        Assert.Single(server.Host.Log, l => l.Contains("asks to connect", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Sim.Writes(), w => w.StartsWith("Vibrate:", StringComparison.Ordinal) && w != "Vibrate:0;");
    }

    [Fact]
    public async Task Nobody_answering_refuses_the_app_with_the_spec_error_when_the_wait_ends()
    {
        await using var server = await StatusServer.StartAsync(null, "--client-approval", "always", "--client-approval-timeout", "2000");
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, server);
        await page.ClickAsync("#scan");
        await Assertions.Expect(page.Locator("article.device h3")).ToContainTextAsync("Lovense Hush", Patient);

        var refused = RunAsync(5, server.Host.Url, [Step("connect-refused")]);
        await Assertions.Expect(page.Locator("article.approval [data-field=name]")).ToHaveTextAsync(AppName, PatientText);
        AssertRefused(await refused);
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("No app is waiting", Patient);
        // A timeout is not a decision.
        await Assertions.Expect(page.Locator("#decisions")).ToContainTextAsync("No app remembered yet", Patient);
        Assert.DoesNotContain(server.Sim.Writes(), w => w.StartsWith("Vibrate:", StringComparison.Ordinal) && w != "Vibrate:0;");
    }

    [Fact]
    public async Task A_client_that_leaves_while_waiting_disappears_from_the_page_and_is_answered_while_held()
    {
        await using var server = await StatusServer.StartAsync(null, "--client-approval", "new");
        await using var browser = await Browser.LaunchAsync();
        var page = await OpenAsync(browser, server);

        await using var raw = await RawClient.ConnectAsync(server.Host.Url);
        await raw.SendAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"raw test","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
        await Assertions.Expect(page.Locator("article.approval [data-field=name]")).ToHaveTextAsync("raw test", PatientText);
        // Frames are still read while the handshake is held: a Ping is answered (not yet allowed).
        var ping = await raw.RequestAsync("""[{"Ping":{"Id":2}}]""", 2, 20_000);
        Assert.Equal(1, ping["Error"]!["ErrorCode"]!.GetValue<int>());
        Assert.Contains("waiting for the user's approval", ping["Error"]!["ErrorMessage"]!.ToString(), StringComparison.Ordinal);

        raw.Abort();
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("No app is waiting", Patient);
        await server.Host.WaitForLogAsync("left while waiting for approval", 20_000);
    }

    private static void AssertRefused(IReadOnlyList<JsonObject> output)
    {
        var line = output.Single(l => l["op"]?.ToString() == "connect-refused");
        Assert.Contains("refused by the user", line["message"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("ERROR_INIT", line["errorClass"]!.ToString());
    }

    private static async Task<IPage> OpenAsync(Browser browser, StatusServer server)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.PageUrl + "/");
        await Assertions.Expect(page.Locator("#connection")).ToContainTextAsync("Live", Patient);
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("No app is waiting", Patient);
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var dir = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
