using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Rest;

/// <summary>A real browser (Playwright, Debian's chromium): a page of another web site cannot use the REST API.</summary>
[Collection("Browser")]
public sealed class RestApiBrowserTests
{
    [Fact]
    public async Task A_page_from_another_site_can_neither_drive_a_toy_nor_start_a_scan()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        // The page is served as https://evil.example (Playwright answers for that site).
        await page.RouteAsync("https://evil.example/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>evil</title>" }));
        await page.GotoAsync("https://evil.example/");

        var result = System.Text.Json.Nodes.JsonNode.Parse(await page.EvaluateAsync<string>(Script, server.Api))!;

        Assert.Equal("blocked", result["put"]!.ToString());
        Assert.Equal("blocked", result["get"]!.ToString());
        Assert.Equal("error", result["image"]!.ToString());
        // Nothing was scanned or driven: the device list is empty and the toy was never touched.
        Assert.Empty((await server.GetJsonAsync("/devices")).AsObject());
        Assert.Empty(server.Sim.Trace());
    }

    private const string Script = """
        async api => {
          const outcome = async request => { try { const r = await request; return String(r.status); } catch { return "blocked"; } };
          const put = await outcome(fetch(api + "/devices/0/outputs/Vibrate/1", { method: "PUT" }));
          const get = await outcome(fetch(api + "/devices"));
          const image = await new Promise(done => { const i = new Image(); i.onload = () => done("loaded"); i.onerror = () => done("error"); i.src = api + "/start-scanning"; });
          return JSON.stringify({ put, get, image });
        }
        """;
}
