using Microsoft.Playwright;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// Headless chromium through Playwright. Playwright cannot download its own browsers here, so it
/// drives Debian's package (scripts/test.sh installs it); as root chromium needs --no-sandbox.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public const string Chromium = "/usr/bin/chromium";

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: apt-get install chromium (scripts/test.sh does it when run as root).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        return new Browser(playwright, browser);
    }

    public Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null) => _browser.NewPageAsync(options);

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
