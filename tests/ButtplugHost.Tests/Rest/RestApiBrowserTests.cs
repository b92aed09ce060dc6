using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ButtplugHost.Tests.Rest;

/// <summary>
/// A real browser (Playwright, Debian's chromium): a page of another web site cannot use the REST API.
/// The page is served from this machine under the name evil.example (the browser resolves it to
/// 127.0.0.1), so the browser's own private-network rules let its requests through and it is the
/// server that refuses them.
/// </summary>
[Collection("Browser")]
public sealed class RestApiBrowserTests
{
    [Fact]
    public async Task A_page_from_another_site_can_neither_drive_a_toy_nor_start_a_scan()
    {
        await using var server = await RestServer.StartAsync([RestServer.Hush]);
        await using var site = await ForeignSite.StartAsync();
        if (!File.Exists(Browser.Chromium))
            throw new InvalidOperationException($"{Browser.Chromium} is missing: apt-get install chromium (scripts/test.sh does it when run as root).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Browser.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--host-resolver-rules=MAP evil.example 127.0.0.1"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"http://evil.example:{site.Port}/");

        var result = JsonNode.Parse(await page.EvaluateAsync<string>(Script, server.Api))!;

        Assert.Equal("blocked", result["put"]!.ToString());
        Assert.Equal("blocked", result["get"]!.ToString());
        Assert.Equal("error", result["image"]!.ToString());
        // The requests reached the server, which refused them.
        await server.Host.WaitForLogAsync($"web origin http://evil.example:{site.Port}");
        await server.Host.WaitForLogAsync("Refused REST request GET /api/v1/start-scanning");
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

    /// <summary>A web site on a free loopback port serving one empty page.</summary>
    private sealed class ForeignSite(WebApplication app, int port) : IAsyncDisposable
    {
        public int Port => port;

        public static async Task<ForeignSite> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.MapGet("/", () => Results.Content("<!doctype html><title>another site</title>", "text/html"));
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new ForeignSite(app, new Uri(address).Port);
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
