using System.Reflection;
using ButtplugHost.Devices;
using ButtplugHost.Metrics;
using ButtplugHost.Server;
using ButtplugHost.Server.Security;
using ButtplugHost.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Dashboard;

/// <summary>
/// The status page, <c>/healthz</c> and <c>/metrics</c>, on their own port (<c>--dashboard-port</c>,
/// default 12346, 0 = off) and the client port's address, guarded like it (<see cref="DashboardGuard"/>).
/// The page gets the server's state pushed as server-sent events whenever something changes.
/// A port that is taken leaves the server running without the page (a warning says so).
/// </summary>
internal sealed class DashboardService(
    IOptions<ServerOptions> options,
    IOptions<AccessOptions> access,
    StatusSnapshot snapshot,
    DashboardActions actions,
    HealthReport health,
    PrometheusExport metrics,
    StatusChanges changes,
    DeviceReadings readings,
    Session.Approval.ClientApprovals approvals,
    ILogger<DashboardService> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;

    /// <summary>The page's address once it listens (null when off or not started).</summary>
    public string? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.DashboardPort <= 0)
            return;
        var security = EndpointSecurity.Load(o, access.Value);
        var guard = new DashboardGuard(
            new HostHeaderPolicy(access.Value.AllowedHosts, !LoopbackNames.IsLoopbackListenAddress(o.WebSocketAddress)),
            new TokenCheck(security.Token));
        var app = SidePort.Build(o, security, o.DashboardPort);
        app.Use(async (context, next) =>
        {
            if (guard.Check(context) is { } refusal)
            {
                context.Response.StatusCode = refusal.Status;
                await context.Response.WriteAsync(refusal.Reason);
                return;
            }
            if (context.Request.Query["token"].FirstOrDefault() is { Length: > 0 } token)
                context.Response.Cookies.Append(DashboardGuard.TokenCookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps });
            context.Response.Headers["X-Frame-Options"] = "DENY";
            context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'";
            context.Response.Headers["Cache-Control"] = "no-store";
            await next(context);
        });
        Map(app);
        if (await SidePort.StartAsync(app, o.DashboardPort, "The status page", "--dashboard-port", logger, cancellationToken) is not { } address)
            return;
        _app = app;
        Address = address;
        logger.LogInformation("Status page: {Address}/", Address);
        if (Address is not null)
            approvals.UsePage(Address, security.Token is not null);
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        app.MapGet("/approval.js", () => Asset("approval.js", "text/javascript; charset=utf-8"));
        app.MapGet("/healthz", () =>
        {
            var (status, code, buses) = health.Check();
            return Results.Json(new { status, buses }, statusCode: code);
        });
        app.MapGet("/metrics", async context =>
        {
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await metrics.WriteAsync(context.Response.Body, context.RequestAborted);
        });
        app.MapGet("/api/status", () => Results.Text(snapshot.ToJson(), "application/json"));
        app.MapGet("/api/events", StreamAsync);
        app.MapPost("/api/devices/{index}/output", (uint index, HttpRequest request) => actions.SetOutputAsync(index, request));
        app.MapPost("/api/devices/{index}/settings", (uint index, HttpRequest request) => actions.SaveSettingsAsync(index, request));
        app.MapPost("/api/stop-all", () => actions.StopAllAsync());
        app.MapPost("/api/scan", () => actions.ScanAsync(true));
        app.MapPost("/api/stop-scan", () => actions.ScanAsync(false));
        ApprovalEndpoints.Map(app, approvals);
    }

    // Server-sent events: the whole state, sent again whenever it changed (at most ten times a second).
    private async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var token = linked.Token;
        readings.PageOpened();
        string? last = null;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var changed = changes.Next;
                var json = snapshot.ToJson();
                if (json != last)
                {
                    await context.Response.WriteAsync($"data: {json}\n\n", token);
                    last = json;
                }
                else
                {
                    await context.Response.WriteAsync(":\n\n", token); // keeps proxies and the browser from timing out
                }
                await context.Response.Body.FlushAsync(token);
                await Task.Delay(100, token);
                await changed.WaitAsync(TimeSpan.FromSeconds(15), token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }
        finally
        {
            // The open pages are counted once, by the readings.
            if (readings.PageClosed())
                await actions.StopDrivenAsync();
        }
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard/" + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }
    }
}
