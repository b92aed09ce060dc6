using ButtplugHost.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Rest;

/// <summary>
/// Who may use the REST API: the client port's rules (<see cref="OriginPolicy"/>,
/// <see cref="HostHeaderPolicy"/>, <see cref="TokenCheck"/>). A browser page may only use it when its
/// origin is allowed; the page then gets CORS headers so it can read the answers. A browser request
/// that carries no Origin but says it comes from another site (<c>Sec-Fetch-Site</c>: an image or a
/// link pointing at <c>/start-scanning</c>) is refused too. Refusals are logged (rate-limited).
/// </summary>
internal sealed class RestGuard(OriginPolicy origins, HostHeaderPolicy hosts, TokenCheck token, ILogger logger, LogRateLimiter limiter)
{
    /// <summary>Null when the request may go on; otherwise the status and reason.</summary>
    public (int Status, string Reason)? Check(HttpContext context)
    {
        var request = context.Request;
        var host = request.Headers.Host.FirstOrDefault();
        if (!hosts.IsAllowed(host))
        {
            Log(context, "Host {0} is not a loopback name (DNS-rebinding protection); to allow it, start the server with --allow-host {0}", host);
            return (StatusCodes.Status421MisdirectedRequest, "This Host name is not allowed (DNS-rebinding protection; see --allow-host).");
        }
        string? origin = request.Headers.Origin.FirstOrDefault();
        if (!origins.IsAllowed(origin))
        {
            Log(context, "it comes from a page of web origin {0}; to allow it, start the server with --allow-origin {0}", origin);
            return (StatusCodes.Status403Forbidden, "Web pages from this origin may not use the REST API (see --allow-origin).");
        }
        if (string.IsNullOrEmpty(origin) && request.Headers["Sec-Fetch-Site"].FirstOrDefault() is "cross-site" or "same-site")
        {
            Log(context, "a browser sent it from another web site without an Origin (Sec-Fetch-Site: {0})", request.Headers["Sec-Fetch-Site"].FirstOrDefault());
            return (StatusCodes.Status403Forbidden, "Requests from other web sites may not use the REST API (see --allow-origin).");
        }
        // A preflight carries no credentials; it only asks whether the page may send the real request.
        if (IsPreflight(request))
            return null;
        if (token.Refusal(request) is { } why)
        {
            Log(context, "{0} (the server was started with --auth-token or --auth-token-file)", why);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return (StatusCodes.Status401Unauthorized, $"Authentication required: {why.Replace("add ?token=… to the server URL", "add ?token=… or Authorization: Bearer …", StringComparison.Ordinal)} (see --auth-token).");
        }
        return null;
    }

    private void Log(HttpContext context, string why, string? value)
    {
        if (!limiter.TryEnter(out var suppressed))
            return;
        if (suppressed > 0)
            logger.LogWarning("{Count} more refused REST requests were not logged", suppressed);
        var shown = UntrustedText.ForLog(value, 120);
        logger.LogWarning("Refused REST request {Method} {Path} from {Remote}: {Reason}",
            context.Request.Method, UntrustedText.ForLog(context.Request.Path.Value, 120), context.Connection.RemoteIpAddress?.ToString() ?? "?",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, why, shown));
    }

    /// <summary>A CORS preflight (OPTIONS with Access-Control-Request-Method).</summary>
    public static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey("Access-Control-Request-Method");

    /// <summary>Lets an allowed page read the answer (and, for a preflight, send PUT with a token header).</summary>
    public static void AddCorsHeaders(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.FirstOrDefault();
        if (string.IsNullOrEmpty(origin))
            return;
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.Vary = "Origin";
        if (IsPreflight(context.Request))
        {
            headers.AccessControlAllowMethods = "GET, PUT";
            headers.AccessControlAllowHeaders = "Authorization";
            headers.AccessControlMaxAge = "600";
        }
    }
}
