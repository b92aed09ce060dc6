using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using ButtplugHost.Devices;
using ButtplugHost.Server.Security;
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
/// The client endpoint: a WebSocket server on Kestrel (default ws://127.0.0.1:12345; wss with a
/// certificate) speaking the Buttplug JSON framing. Every upgrade passes the <see cref="ConnectionGate"/>
/// (origin, host, token). Serves one client at a time, as the reference server does, or up to
/// <c>--max-clients</c> sharing the devices: a <see cref="ClientSlot"/> is taken at the handshake.
/// </summary>
internal sealed class ClientEndpointService(
    DeviceManager devices,
    IOptions<ServerOptions> options,
    IOptions<AccessOptions> access,
    IOptions<ConnectionLimits> limits,
    SessionLogSink logSink,
    ILoggerFactory loggerFactory,
    TimeProvider time,
    Session.Approval.ClientApprovals approvals) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ClientEndpointService>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<ClientConnection, Task> _connections = new();
    private readonly ClientSlot _slot = new(TimeSpan.FromMilliseconds(limits.Value.SlotWaitMs), time, Math.Max(1, options.Value.MaxClients));
    private ConnectionGate? _gate;
    private WebApplication? _app;

    /// <summary>The client slot, shared with the REST API's in-process client (docs/rest-api.md).</summary>
    public IClientSlot Slot => _slot;

    /// <summary>The clients connected now (up to --max-clients hold a slot; others are waiting or refused).</summary>
    public IReadOnlyList<ClientConnection> Clients => [.. _connections.Keys];

    /// <summary>Raised when a client connected, finished its handshake, or left.</summary>
    public event Action? ClientsChanged;

    /// <summary>True when the server connects out to a client (<c>--websocket-client-address</c>) instead of listening.</summary>
    public bool ConnectsOut => OutboundClientService.Target(options.Value) is not null;

    /// <summary>The address the endpoint listens on (ws:// or wss://), once started.</summary>
    public string? Address { get; private set; }

    /// <summary>The port the endpoint listens on, once started (null when it does not listen).</summary>
    public int? Port { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (OutboundClientService.Target(o) is not null)
            return; // --websocket-client-address: the server connects out instead of listening.
        var l = limits.Value;
        var security = EndpointSecurity.Load(o, access.Value);
        _gate = new ConnectionGate(
            new OriginPolicy(access.Value.AllowedOrigins),
            new HostHeaderPolicy(access.Value.AllowedHosts, !LoopbackNames.IsLoopbackListenAddress(o.WebSocketAddress)),
            new TokenCheck(security.Token),
            _logger,
            new LogRateLimiter(l.WarningsPerWindow, TimeSpan.FromMilliseconds(l.WarningWindowMs), time));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Parse(o.WebSocketAddress), o.WebSocketPort, listen =>
        {
            if (security.Certificate is { } certificate)
                listen.UseHttps(certificate);
        }));
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions
        {
            KeepAliveInterval = l.KeepAliveIntervalMs > 0 ? TimeSpan.FromMilliseconds(l.KeepAliveIntervalMs) : TimeSpan.Zero,
            KeepAliveTimeout = l.KeepAliveIntervalMs > 0 && l.KeepAliveTimeoutMs > 0 ? TimeSpan.FromMilliseconds(l.KeepAliveTimeoutMs) : Timeout.InfiniteTimeSpan,
        });
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "";
        address = address.Replace("https://", "wss://", StringComparison.Ordinal).Replace("http://", "ws://", StringComparison.Ordinal);
        Port = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.Port : o.WebSocketPort;
        Address = address;
        // Written directly, not logged: it shows at every log level (even --log off).
        await Console.Out.WriteLineAsync($"Buttplug server \"{o.Name}\" listening on {address}");
        if (security.Token is not null)
            _logger.LogInformation("Clients must connect with ?token=… (see --auth-token){Clear}", security.Certificate is null ? "; without --websocket-cert the token crosses the network in clear text" : "");
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("This is a Buttplug server: connect with a WebSocket.");
            return;
        }
        if (_stopping.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "?";
        if (_gate!.Check(context) is { } refusal)
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await RefuseAsync(refused, refusal);
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var output = new WebSocketSessionOutput(limits.Value.SendQueueBytes);
        var l = limits.Value;
        var warnings = new LogRateLimiter(l.WarningsPerWindow, TimeSpan.FromMilliseconds(l.WarningWindowMs), time);
        var session = new ClientSession(output, devices, options.Value, logSink, loggerFactory.CreateLogger<ClientSession>(), time, _slot, warnings)
        {
            Approval = approvals,
            Origin = context.Request.Headers.Origin.FirstOrDefault(),
            Remote = remote,
        };
        var connection = new ClientConnection(socket, session, output, l, remote, _logger);
        session.HandshakeCompleted += () => ClientsChanged?.Invoke();
        var run = connection.RunAsync(_stopping.Token);
        _connections[connection] = run;
        ClientsChanged?.Invoke();
        try
        {
            await run;
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            ClientsChanged?.Invoke();
        }
    }

    // A refused page learns why from the close reason (an HTTP error status is invisible to its script).
    private static async Task RefuseAsync(WebSocket socket, string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, reason, timeout.Token);
            var scratch = new byte[256];
            while (socket.State == WebSocketState.CloseSent)
                await socket.ReceiveAsync(scratch, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
        }
        socket.Abort();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Every connection says "going away" (1001), and its teardown stops every device; wait for it (bounded).
        await _stopping.CancelAsync();
        var running = _connections.Values.ToArray();
        if (running.Length > 0)
        {
            try { await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken); }
            catch (Exception e) { _logger.LogWarning("Client connections did not close cleanly: {Error}", e.Message); }
        }
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }
    }
}
