namespace ButtplugHost.Session.Approval;

/// <summary>
/// How an app is known for approval: the ClientName it sends and the web origin of the page it runs
/// in (<see cref="Native"/> when the connection carries no Origin header). A page elsewhere cannot
/// borrow an approved native app's name: its origin differs.
/// </summary>
internal sealed record ClientIdentity(string Name, string Origin)
{
    /// <summary>The origin of apps that send no Origin header (native programs).</summary>
    public const string Native = "native";

    /// <summary>The identity with its origin in canonical form.</summary>
    public static ClientIdentity Of(string name, string? origin) => new(name, NormalizeOrigin(origin));

    /// <summary>Scheme, host and port in lower case without a trailing slash; empty or missing is <see cref="Native"/>.</summary>
    public static string NormalizeOrigin(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin))
            return Native;
        var trimmed = origin.Trim().TrimEnd('/');
        return trimmed.ToLowerInvariant();
    }
}
