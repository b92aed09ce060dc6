using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Server.Security;

/// <summary>
/// The checks every WebSocket upgrade passes before a session exists: Origin (foreign web pages),
/// Host (DNS rebinding), token. A refused request gets a close reason a page can read and one log line
/// naming the setting that would allow it; refusal lines are rate-limited.
/// </summary>
internal sealed class ConnectionGate(OriginPolicy origins, HostHeaderPolicy hosts, TokenCheck token, ILogger logger, LogRateLimiter limiter)
{
    /// <summary>Null when the request may connect; otherwise the close reason to send (≤ 123 bytes).</summary>
    public string? Check(HttpContext context)
    {
        var request = context.Request;
        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "?";
        string? origin = request.Headers.Origin.FirstOrDefault();
        if (!origins.IsAllowed(origin))
        {
            var shown = UntrustedText.ForLog(origin, 120);
            Log("Refused a WebSocket from web origin {Origin} ({Remote}): only native clients and pages served from loopback may connect. To allow it, start the server with --allow-origin {Origin} (or --allow-origin * for any origin)", shown, remote, shown);
            return "Origin not allowed by the Buttplug server (see its --allow-origin option)";
        }
        var host = request.Headers.Host.FirstOrDefault();
        if (!hosts.IsAllowed(host))
        {
            var shown = UntrustedText.ForLog(host, 120);
            Log("Refused a WebSocket with Host {Host} ({Remote}): not a loopback name (DNS-rebinding protection). To allow that name, start the server with --allow-host {Host}", shown, remote, shown);
            return "Host not allowed by the Buttplug server (see its --allow-host option)";
        }
        if (token.Refusal(request) is { } why)
        {
            Log("Refused a WebSocket from {Remote}: {Reason} (the server was started with --auth-token or --auth-token-file)", remote, why, null);
            return "Authentication required: connect with ?token=… in the server URL";
        }
        return null;
    }

    private void Log(string template, string a, string b, string? c)
    {
        if (!limiter.TryEnter(out var suppressed))
            return;
        if (suppressed > 0)
            logger.LogWarning("{Count} more refused connections were not logged", suppressed);
#pragma warning disable CA2254 // the templates are the constants above
        if (c is null)
            logger.LogWarning(template, a, b);
        else
            logger.LogWarning(template, a, b, c);
#pragma warning restore CA2254
    }
}
