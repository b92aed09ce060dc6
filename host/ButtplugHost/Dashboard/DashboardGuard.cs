using ButtplugHost.Server.Security;
using Microsoft.AspNetCore.Http;

namespace ButtplugHost.Dashboard;

/// <summary>
/// Who may use the status page: the same rules as the client port. The Host header must be a
/// loopback name or allowed (DNS rebinding); with a token, every request carries it (the page's
/// first load takes <c>?token=</c> and keeps it in a same-site cookie); anything that changes
/// state must come from the page itself (a foreign page's form or fetch carries its own Origin).
/// </summary>
internal sealed class DashboardGuard(HostHeaderPolicy hosts, TokenCheck token)
{
    public const string TokenCookie = "buttplughost_token";

    /// <summary>Null when the request may go on; otherwise the status code and reason.</summary>
    public (int Status, string Reason)? Check(HttpContext context)
    {
        var request = context.Request;
        if (!hosts.IsAllowed(request.Headers.Host.FirstOrDefault()))
            return (StatusCodes.Status421MisdirectedRequest, "This Host name is not allowed (see --allow-host).");
        if (token.Enabled && token.Refusal(request) is not null && !CookieHoldsToken(request))
            return (StatusCodes.Status401Unauthorized, "Open the status page with ?token=… (see --auth-token).");
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !IsSameOrigin(request))
            return (StatusCodes.Status403Forbidden, "Only the status page itself may change settings or drive devices.");
        return null;
    }

    private bool CookieHoldsToken(HttpRequest request) =>
        request.Cookies[TokenCookie] is { Length: > 0 } value && token.Matches(value);

    // Browsers send Origin with every POST/PUT/DELETE; tools (curl) send none and passed the Host and token checks.
    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.FirstOrDefault();
        if (string.IsNullOrEmpty(origin))
            return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }
}
