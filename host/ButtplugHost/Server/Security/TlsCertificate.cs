using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ButtplugHost.Server.Security;

/// <summary>Loads the wss certificate: PEM (certificate and key in one file or two) or PKCS#12.</summary>
internal static class TlsCertificate
{
    /// <exception cref="EndpointConfigurationException">The file is missing or not a usable certificate with its key.</exception>
    public static X509Certificate2? Load(AccessOptions options)
    {
        var path = options.TlsCertificateFile;
        if (string.IsNullOrWhiteSpace(path))
            return null;
        try
        {
            X509Certificate2 certificate;
            if (path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase))
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.TlsCertificatePassword);
            }
            else
            {
                using var pem = X509Certificate2.CreateFromPemFile(path, string.IsNullOrWhiteSpace(options.TlsKeyFile) ? null : options.TlsKeyFile);
                // A PEM key is ephemeral; SslStream on Windows needs it in a (re-imported) PKCS#12.
                certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
            }
            return certificate.HasPrivateKey
                ? certificate
                : throw new EndpointConfigurationException($"The certificate {path} has no private key (give it with --websocket-cert-key).");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new EndpointConfigurationException($"Cannot load the TLS certificate {path}: {e.Message}");
        }
    }
}
