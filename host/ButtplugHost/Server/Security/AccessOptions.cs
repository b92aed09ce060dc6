namespace ButtplugHost.Server.Security;

/// <summary>
/// Who may talk to the client endpoint (configuration section <c>Server</c>, beside
/// <see cref="Session.ServerOptions"/>). The defaults let native clients and pages served from
/// loopback in, and nothing else.
/// </summary>
internal sealed class AccessOptions
{
    /// <summary>Web origins allowed besides loopback pages (<c>https://app.example</c>); <c>*</c> allows any.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Host header names accepted besides loopback ones (DNS-rebinding protection); <c>*</c> allows any.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Token clients must present (<c>?token=</c> or <c>Authorization: Bearer</c>); required beyond loopback.</summary>
    public string? AuthToken { get; set; }

    /// <summary>A file whose first line is the token (keeps it out of the process list).</summary>
    public string? AuthTokenFile { get; set; }

    /// <summary>Certificate for wss: a PEM file (with the key, or see <see cref="TlsKeyFile"/>) or a PKCS#12 (.pfx/.p12) file.</summary>
    public string? TlsCertificateFile { get; set; }

    /// <summary>The certificate's PEM private key, when it is not in <see cref="TlsCertificateFile"/>.</summary>
    public string? TlsKeyFile { get; set; }

    /// <summary>Password of a PKCS#12 certificate file, if any.</summary>
    public string? TlsCertificatePassword { get; set; }
}
