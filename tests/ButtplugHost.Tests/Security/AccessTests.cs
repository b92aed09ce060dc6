using System.Net.WebSockets;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Security;

/// <summary>A server started with an allowed origin and a token, as a user exposing it would.</summary>
public sealed class GuardedServer : SharedServer
{
    public const string Token = "s3cret-token";

    protected override string[] Arguments => ["--allow-origin", "https://app.example", "--allow-origin", "https://other.example:8443", "--auth-token", Token];

    public string UrlWithToken => Host.Url + "/?token=" + Token;
}

/// <summary>
/// Who may connect, through real sockets: foreign web origins and rebinding Host names are refused
/// with a readable close reason and a log line naming the setting; the token is checked.
/// </summary>
public sealed class AccessTests(GuardedServer server) : IClassFixture<GuardedServer>
{
    private const string Handshake = """[{"RequestServerInfo":{"Id":1,"ClientName":"access test","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""";

    private static async Task AssertServesAsync(WebSocket? socket)
    {
        Assert.NotNull(socket);
        using (socket)
        {
            var reply = await HandmadeUpgrade.RequestAsync(socket, Handshake);
            Assert.Contains("\"ServerInfo\"", reply, StringComparison.Ordinal);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", new CancellationTokenSource(5000).Token);
        }
    }

    private static async Task<string> AssertRefusedAsync(WebSocket? socket)
    {
        Assert.NotNull(socket);
        using (socket)
        {
            var (status, reason, text) = await HandmadeUpgrade.ReadUntilCloseAsync(socket);
            Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
            Assert.Equal("", text); // no session: nothing Buttplug was ever sent
            return reason!;
        }
    }

    [Fact]
    public async Task A_foreign_web_origin_is_refused_with_a_reason_and_a_log_line_naming_the_setting()
    {
        var (status, socket) = await HandmadeUpgrade.ConnectAsync(server.UrlWithToken, origin: "https://evil.example");
        Assert.Equal(101, status);
        Assert.Contains("--allow-origin", await AssertRefusedAsync(socket), StringComparison.Ordinal);
        await server.Host.WaitForLogAsync("start the server with --allow-origin https://evil.example");
    }

    [Theory]
    [InlineData("https://app.example")]
    [InlineData("https://APP.example/")]
    [InlineData("https://other.example:8443")]
    public async Task An_allowed_origin_connects(string origin)
    {
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.UrlWithToken, origin: origin);
        await AssertServesAsync(socket);
    }

    [Theory]
    [InlineData("https://other.example")]
    [InlineData("http://app.example")]
    [InlineData("null")]
    [InlineData("http://localhost.evil.example")]
    public async Task Near_misses_of_the_allowlist_are_refused(string origin)
    {
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.UrlWithToken, origin: origin);
        await AssertRefusedAsync(socket);
    }

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("https://[::1]")]
    [InlineData("http://app.localhost:3000")]
    public async Task A_page_served_from_loopback_connects(string origin)
    {
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.UrlWithToken, origin: origin);
        await AssertServesAsync(socket);
    }

    [Fact]
    public async Task A_native_client_without_Origin_connects()
    {
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.UrlWithToken);
        await AssertServesAsync(socket);
    }

    [Fact]
    public async Task A_rebound_Host_name_is_refused_even_without_Origin()
    {
        var port = new Uri(server.Host.Url).Port;
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.UrlWithToken, host: $"rebind.evil.example:{port}");
        Assert.Contains("--allow-host", await AssertRefusedAsync(socket), StringComparison.Ordinal);
        await server.Host.WaitForLogAsync("start the server with --allow-host rebind.evil.example");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_Host_names_are_accepted(string name)
    {
        var port = new Uri(server.Host.Url).Port;
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.UrlWithToken, host: $"{name}:{port}");
        await AssertServesAsync(socket);
    }

    [Fact]
    public async Task Without_the_token_the_connection_is_refused()
    {
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.Host.Url);
        Assert.Contains("token", await AssertRefusedAsync(socket), StringComparison.Ordinal);
        await server.Host.WaitForLogAsync("no token");
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_never_logged()
    {
        var (_, socket) = await HandmadeUpgrade.ConnectAsync(server.Host.Url + "/?token=guess");
        await AssertRefusedAsync(socket);
        await server.Host.WaitForLogAsync("wrong token");
        Assert.DoesNotContain("guess", server.Host.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain(GuardedServer.Token, server.Host.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_token_in_the_URL_or_a_bearer_header_connects()
    {
        await AssertServesAsync((await HandmadeUpgrade.ConnectAsync(server.UrlWithToken)).Socket);
        await AssertServesAsync((await HandmadeUpgrade.ConnectAsync(server.Host.Url, authorization: "Bearer " + GuardedServer.Token)).Socket);
    }

    [Fact]
    public async Task An_official_client_passes_the_token_in_the_URL()
    {
        // ClientWebSocket, like the official clients, can only put it in the URL.
        await using var client = await RawClient.ConnectAsync(server.UrlWithToken);
        Assert.Equal(4, (await client.HandshakeAsync(4))["ProtocolVersionMajor"]!.GetValue<int>());
    }
}

/// <summary>Start-up rules that keep an exposed server from running open.</summary>
public sealed class ExposureTests
{
    [Fact]
    public async Task Listening_beyond_loopback_without_a_token_refuses_to_start()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync("--websocket-use-all-interfaces", "--websocket-port", "0");
        Assert.Equal(2, exitCode);
        Assert.Contains("--auth-token", output, StringComparison.Ordinal);
        Assert.DoesNotContain("listening on", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_file_works_like_the_flag()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("token"), "from-a-file\n");
        await using var host = await HostProcess.StartAsync("--auth-token-file", dir.File("token"));
        var (_, refused) = await HandmadeUpgrade.ConnectAsync(host.Url);
        using (refused)
            Assert.Equal(WebSocketCloseStatus.PolicyViolation, (await HandmadeUpgrade.ReadUntilCloseAsync(refused!)).Status);
        await using var client = await RawClient.ConnectAsync(host.Url + "/?token=from-a-file");
        Assert.True((await client.HandshakeAsync(3)).ContainsKey("MessageVersion"));
    }

    [Fact]
    public async Task A_missing_token_file_is_a_clear_start_up_error()
    {
        var (exitCode, output) = await HostProcess.RunToEndAsync("--auth-token-file", "/nonexistent/token", "--websocket-port", "0");
        Assert.Equal(2, exitCode);
        Assert.Contains("Cannot read the token file", output, StringComparison.Ordinal);
    }
}
