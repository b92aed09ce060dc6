using System.Net.WebSockets;
using ButtplugHost.Devices;
using ButtplugHost.Server.Security;
using ButtplugHost.Session;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Server;

/// <summary>
/// <c>--websocket-client-address</c>: instead of listening, the server connects out to a client
/// that listens (as the reference's engine does), runs one session over that connection, and
/// connects again when it ends or cannot be made (every second, until the host stops).
/// </summary>
internal sealed class OutboundClientService(
    DeviceManager devices,
    IOptions<ServerOptions> options,
    IOptions<ConnectionLimits> limits,
    SessionLogSink logSink,
    ILoggerFactory loggerFactory,
    TimeProvider time,
    Session.Approval.ClientApprovals approvals) : IHostedService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<OutboundClientService>();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    /// <summary>The client's address as a WebSocket URI (<c>ws://</c> is assumed when no scheme is given).</summary>
    public static Uri? Target(ServerOptions o) =>
        string.IsNullOrWhiteSpace(o.WebSocketClientAddress) ? null
            : new Uri(o.WebSocketClientAddress.Contains("://", StringComparison.Ordinal) ? o.WebSocketClientAddress : "ws://" + o.WebSocketClientAddress);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Target(options.Value) is not { } target)
            return;
        // Written directly, as the listening line is: it shows at every log level.
        await Console.Out.WriteLineAsync($"Buttplug server \"{options.Value.Name}\" connecting out to the client at {target} (not listening)");
        _loop = Task.Run(() => LoopAsync(target, _stopping.Token), CancellationToken.None);
    }

    private async Task LoopAsync(Uri target, CancellationToken stopping)
    {
        var unreachableLogged = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(target, stopping);
                unreachableLogged = false;
                _logger.LogInformation("Connected to the client at {Address}", target);
                // The same limits as a client that connects in; one session at a time, so no slot.
                var l = limits.Value;
                var output = new WebSocketSessionOutput(l.SendQueueBytes);
                var warnings = new LogRateLimiter(l.WarningsPerWindow, TimeSpan.FromMilliseconds(l.WarningWindowMs), time);
                var session = new ClientSession(output, devices, options.Value, logSink, loggerFactory.CreateLogger<ClientSession>(), time, warnings: warnings)
                {
                    Approval = approvals,
                    Remote = target.ToString(),
                };
                await new ClientConnection(socket, session, output, l, target.ToString(), _logger).RunAsync(stopping);
                _logger.LogInformation("The client at {Address} disconnected; connecting again", target);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException)
            {
                if (!unreachableLogged)
                    _logger.LogWarning("Cannot reach the client at {Address}: {Error}; trying every second", target, e.Message);
                unreachableLogged = true;
            }
            try
            {
                await Task.Delay(RetryDelay, time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            // The connection's teardown stops every device; wait for it (bounded).
            try { await _loop.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken); }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException) { _logger.LogWarning("Client connection did not close cleanly: {Error}", e.Message); }
        }
    }
}
