using System.Net;
using ButtplugHost.Devices;
using ButtplugHost.Protocol;
using ButtplugHost.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Server;

/// <summary>
/// The client endpoint: a WebSocket server on Kestrel (default ws://127.0.0.1:12345) speaking the
/// Buttplug JSON framing. Serves one client at a time, as the reference server does: a second
/// client is refused while one is connected.
/// </summary>
internal sealed class ClientEndpointService(
    DeviceManager devices,
    IOptions<ServerOptions> options,
    SessionLogSink logSink,
    ILoggerFactory loggerFactory,
    TimeProvider time) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ClientEndpointService>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private ClientConnection? _active;
    private Task? _activeTask;
    private WebApplication? _app;

    /// <summary>The port the endpoint listens on, once started (null when it does not listen).</summary>
    public int? Port { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (OutboundClientService.Target(o) is not null)
            return; // --websocket-client-address: the server connects out instead of listening.
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Parse(o.WebSocketAddress), o.WebSocketPort));
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(10), KeepAliveTimeout = TimeSpan.FromSeconds(20) });
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
        Port = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Port : o.WebSocketPort;
        // Written directly, not logged: it shows at every log level (even --log off).
        await Console.Out.WriteLineAsync($"Buttplug server \"{o.Name}\" listening on {address.Replace("http://", "ws://", StringComparison.Ordinal)}");
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("This is a Buttplug server: connect with a WebSocket.");
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var output = new WebSocketSessionOutput();
        var session = new ClientSession(output, devices, options.Value, logSink, loggerFactory.CreateLogger<ClientSession>(), time);
        var connection = new ClientConnection(socket, session, output, _logger);
        Task run;
        lock (_gate)
        {
            if (_active is not null || _stopping.IsCancellationRequested)
            {
                _logger.LogWarning("Refused a second client from {Remote}: a client is already connected", context.Connection.RemoteIpAddress);
                session.Send(ServerMessages.Error(0, ErrorCode.Init, "This server already has a connected client."));
                output.Close("server busy");
                run = connection.RunAsync(_stopping.Token);
            }
            else
            {
                _active = connection;
                _activeTask = run = connection.RunAsync(_stopping.Token);
            }
        }
        try
        {
            await run;
        }
        finally
        {
            lock (_gate)
            {
                if (_active == connection)
                {
                    _active = null;
                    _activeTask = null;
                }
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task? active;
        lock (_gate)
            active = _activeTask;
        await _stopping.CancelAsync();
        if (active is not null)
        {
            // The connection's teardown stops every device; wait for it (bounded).
            try { await active.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken); }
            catch (Exception e) { _logger.LogWarning("Client connection did not close cleanly: {Error}", e.Message); }
        }
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }
    }
}
