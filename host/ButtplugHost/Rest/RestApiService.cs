using ButtplugHost.Devices;
using ButtplugHost.Server;
using ButtplugHost.Server.Security;
using ButtplugHost.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Rest;

/// <summary>
/// The reference's REST API (<c>--rest-api-port</c>, <c>Server:RestApiPort</c>; 0 = off, the default)
/// on the client port's address, guarded like it (<see cref="RestGuard"/>). It drives devices as one
/// more Buttplug client (<see cref="RestClient"/>), which holds the client slot while the API runs;
/// when the API stops (the host stopping) that session ends and every device stops. A port that is
/// taken leaves the server running without the API (a warning says so).
/// </summary>
internal sealed class RestApiService(
    DeviceManager devices,
    ClientEndpointService endpoint,
    IOptions<ServerOptions> options,
    IOptions<AccessOptions> access,
    IOptions<ConnectionLimits> limits,
    SessionLogSink logSink,
    ILoggerFactory loggerFactory,
    TimeProvider time) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<RestApiService>();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private RestClient? _client;

    /// <summary>The API's base address once it listens (null when off or not started).</summary>
    public string? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.RestApiPort <= 0)
            return;
        var security = EndpointSecurity.Load(o, access.Value);
        var guard = new RestGuard(
            new OriginPolicy(access.Value.AllowedOrigins),
            new HostHeaderPolicy(access.Value.AllowedHosts, !LoopbackNames.IsLoopbackListenAddress(o.WebSocketAddress)),
            new TokenCheck(security.Token),
            _logger,
            new LogRateLimiter(limits.Value.WarningsPerWindow, TimeSpan.FromMilliseconds(limits.Value.WarningWindowMs), time));
        var l = limits.Value;
        var client = new RestClient(
            output => new ClientSession(output, devices, o, logSink, loggerFactory.CreateLogger<ClientSession>(), time, endpoint.Slot,
                new LogRateLimiter(l.WarningsPerWindow, TimeSpan.FromMilliseconds(l.WarningWindowMs), time)),
            o.MaxPingTime, _logger, time);

        var app = SidePort.Build(o, security, o.RestApiPort);
        app.Use(async (context, next) =>
        {
            if (guard.Check(context) is { } refusal)
            {
                await RestError.WriteAsync(context.Response, refusal.Status, refusal.Reason);
                return;
            }
            RestGuard.AddCorsHeaders(context);
            context.Response.Headers.CacheControl = "no-store";
            if (RestGuard.IsPreflight(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
            await next(context);
        });
        // Unknown routes (404) and known routes with another method (405) answer JSON too.
        app.UseStatusCodePages(async status =>
        {
            var response = status.HttpContext.Response;
            var reason = response.StatusCode == StatusCodes.Status405MethodNotAllowed
                ? $"{status.HttpContext.Request.Method} is not allowed on {status.HttpContext.Request.Path} (see docs/rest-api.md)."
                : $"No route {status.HttpContext.Request.Path} (the REST API is under /api/v1; see docs/rest-api.md).";
            await RestError.WriteAsync(response, response.StatusCode, reason);
        });
        RestRoutes.Map(app, client, _stopping.Token);
        if (await SidePort.StartAsync(app, o.RestApiPort, "The REST API", "--rest-api-port", _logger, cancellationToken) is not { } address)
            return;
        _app = app;
        _client = client;
        Address = address + "/api/v1";
        _logger.LogInformation("REST API listening on {Address}", Address);
        // Connect now, as the reference does: the API is the server's client from the start.
        try
        {
            await client.ConnectAsync(cancellationToken);
            _logger.LogInformation("The REST API is connected as client \"{Client}\"; WebSocket clients are refused while it holds the client slot (see docs/rest-api.md)", RestClient.ClientName);
        }
        catch (RestError e)
        {
            _logger.LogWarning("{Reason}", e.Message);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        // Its session ends first: every device it drove stops before the API goes away.
        if (_client is not null)
            await _client.DisposeAsync();
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }
    }
}
