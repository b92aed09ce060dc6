using ButtplugHost.Tests.Infrastructure;
using Microsoft.Playwright;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.Dashboard;

/// <summary>
/// The status page in a real browser (Playwright driving Debian's chromium) against the real server
/// with a simulated Lovense Hush. Screenshots at phone and desktop width go to artifacts/screenshots/.
/// </summary>
[Collection("Browser")]
public sealed class StatusPageBrowserTests
{
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task Shows_a_device_with_its_battery_drives_it_with_a_slider_and_stops_it()
    {
        await using var server = await StatusServer.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(server.PageUrl + "/");
        await Assertions.Expect(page.Locator("#connection")).ToContainTextAsync("Live", Patient);

        await page.ClickAsync("#scan");
        var card = page.Locator("article.device");
        await Assertions.Expect(card.Locator("h3")).ToContainTextAsync("Lovense Hush", Patient);
        await Assertions.Expect(card.Locator(".readings")).ToContainTextAsync("Battery 85 %", Patient);

        await card.Locator("input[type=range]").First.FillAsync("10");
        await server.Sim.WaitForWritesAsync(w => w.Contains("Vibrate:10;"), 20_000);
        await Assertions.Expect(card.Locator(".output .value").First).ToHaveTextAsync("10", new() { Timeout = 20_000 });
        await Screenshot(page, "status-page-phone");

        await page.ClickAsync("#stop-all");
        var writes = await server.Sim.WaitForWritesAsync(w => w.Count > 0 && w[^1] == "Vibrate:0;", 20_000);
        Assert.Contains("Vibrate:10;", writes);

        await page.SetViewportSizeAsync(1280, 900);
        await Screenshot(page, "status-page-desktop");
    }

    [Fact]
    public async Task Renaming_a_device_changes_the_name_an_official_client_sees()
    {
        await using var server = await StatusServer.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.PageUrl + "/");
        await page.ClickAsync("#scan");
        var card = page.Locator("article.device");
        await Assertions.Expect(card.Locator("h3")).ToContainTextAsync("Lovense Hush", Patient);

        await card.Locator("summary").ClickAsync();
        await card.Locator("input[name=displayName]").FillAsync("Bedroom Hush");
        await card.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("article.device h3")).ToContainTextAsync("Bedroom Hush", Patient);
        Assert.Contains("Bedroom Hush", await File.ReadAllTextAsync(server.UserConfigPath));
        var output = await RunAsync(5, server.Host.Url, [Step("connect"), Step("wait-count", new { count = 1 }), Step("devices"), Step("disconnect")]);
        var listed = output.Single(l => l["op"]?.ToString() == "devices")["devices"]!.AsArray().Single()!;
        Assert.Equal("Bedroom Hush", listed["displayName"]?.ToString());
    }

    [Fact]
    public async Task A_plugin_that_failed_to_load_shows_its_error()
    {
        using var extra = new TempDir();
        var broken = Directory.CreateDirectory(Path.Combine(extra.Path, "Broken")).FullName;
        await File.WriteAllTextAsync(Path.Combine(broken, "plugin.json"), """{ "id": "broken", "name": "Broken", "version": "1.0.0", "kind": "protocol", "sdkVersion": "1.4" }""");
        await File.WriteAllBytesAsync(Path.Combine(broken, "Broken.dll"), [0x4d, 0x5a, 1, 2, 3, 4, 5, 6]);
        await using var server = await StatusServer.StartAsync(extra.Path);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.PageUrl + "/");

        var row = page.Locator("#plugins tr", new() { HasText = "Broken" });
        await Assertions.Expect(row.Locator("td.error")).ToContainTextAsync("failed", Patient);
        Assert.False(string.IsNullOrWhiteSpace((await row.Locator("td.error").TextContentAsync())?.Replace("failed:", "", StringComparison.Ordinal)));
        await Assertions.Expect(page.Locator("#plugins tr[data-plugin=simulated]")).ToContainTextAsync("loads at the first scan (transport)", Patient);
        // Protocol plugins load when a device first needs them (docs/plugins.md).
        await Assertions.Expect(page.Locator("#plugins tr[data-plugin=lovense]")).ToContainTextAsync("not loaded yet", Patient);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var dir = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
