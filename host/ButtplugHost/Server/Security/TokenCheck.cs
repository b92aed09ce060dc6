using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ButtplugHost.Server.Security;

/// <summary>
/// The optional shared secret. Official clients cannot add headers, so the token travels in the URL
/// (<c>ws://host:12345/?token=…</c>); an <c>Authorization: Bearer …</c> header works too. Compared in
/// constant time.
/// </summary>
internal sealed class TokenCheck(string? token)
{
    private readonly byte[]? _expected = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether a token is configured at all.</summary>
    public bool Enabled => _expected is not null;

    /// <summary>Null when the request may connect; otherwise why not (never the token itself).</summary>
    public string? Refusal(HttpRequest request)
    {
        if (_expected is null)
            return null;
        string? presented = request.Query["token"].FirstOrDefault();
        if (presented is null && request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            presented = auth["Bearer ".Length..].Trim();
        if (presented is null)
            return "no token (add ?token=… to the server URL)";
        return Matches(presented) ? null : "wrong token";
    }

    /// <summary>True when <paramref name="presented"/> is the token (always false when none is configured).</summary>
    public bool Matches(string presented) =>
        _expected is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _expected);

    /// <summary>The token from the options: the file wins over the inline value.</summary>
    /// <exception cref="EndpointConfigurationException">The token file cannot be read or is empty.</exception>
    public static string? Load(AccessOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AuthTokenFile))
            return string.IsNullOrWhiteSpace(options.AuthToken) ? null : options.AuthToken.Trim();
        try
        {
            var line = File.ReadLines(options.AuthTokenFile).FirstOrDefault()?.Trim();
            return string.IsNullOrEmpty(line)
                ? throw new EndpointConfigurationException($"The token file {options.AuthTokenFile} is empty.")
                : line;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EndpointConfigurationException($"Cannot read the token file {options.AuthTokenFile}: {e.Message}");
        }
    }
}
