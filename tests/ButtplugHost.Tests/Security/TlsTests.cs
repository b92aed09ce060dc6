using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Security;

/// <summary>wss with a certificate file: a self-signed certificate made here, trusted by pinning it.</summary>
public sealed class TlsTests
{
    private static (string CertPath, string KeyPath, X509Certificate2 Certificate) MakeCertificate(TempDir dir)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=ButtplugHost test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certPath = dir.File("server.crt");
        var keyPath = dir.File("server.key");
        File.WriteAllText(certPath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certPath, keyPath, certificate);
    }

    [Fact]
    public async Task A_wss_client_completes_the_handshake_over_TLS()
    {
        using var dir = new TempDir();
        var (certPath, keyPath, certificate) = MakeCertificate(dir);
        await using var host = await HostProcess.StartAsync("--websocket-cert", certPath, "--websocket-cert-key", keyPath, "--allow-origin", "*");
        Assert.StartsWith("wss://", host.Url, StringComparison.Ordinal);

        using var socket = new ClientWebSocket();
        X509Certificate? seen = null;
        socket.Options.RemoteCertificateValidationCallback = (_, cert, _, _) =>
        {
            seen = cert;
            return cert is not null && cert.GetCertHashString() == certificate.GetCertHashString();
        };
        socket.Options.SetRequestHeader("Origin", "https://any.example"); // '*' allows every origin
        await socket.ConnectAsync(new Uri(host.Url), CancellationToken.None);
        Assert.NotNull(seen);
        await socket.SendAsync(Encoding.UTF8.GetBytes("""[{"RequestServerInfo":{"Id":1,"ClientName":"tls","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]"""), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[65536];
        var result = await socket.ReceiveAsync(buffer, new CancellationTokenSource(10_000).Token);
        Assert.Contains("\"ServerInfo\"", Encoding.UTF8.GetString(buffer, 0, result.Count), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_ws_client_cannot_talk_to_a_wss_server()
    {
        using var dir = new TempDir();
        var (certPath, keyPath, _) = MakeCertificate(dir);
        await using var host = await HostProcess.StartAsync("--websocket-cert", certPath, "--websocket-cert-key", keyPath);
        using var socket = new ClientWebSocket();
        await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(host.Url.Replace("wss://", "ws://", StringComparison.Ordinal)), new CancellationTokenSource(10_000).Token));
    }

    [Fact]
    public async Task A_certificate_without_its_key_is_a_clear_start_up_error()
    {
        using var dir = new TempDir();
        var (certPath, _, _) = MakeCertificate(dir);
        var (exitCode, output) = await HostProcess.RunToEndAsync("--websocket-cert", certPath, "--websocket-port", "0");
        Assert.Equal(2, exitCode);
        Assert.Contains("Cannot load the TLS certificate", output, StringComparison.Ordinal);
    }
}
