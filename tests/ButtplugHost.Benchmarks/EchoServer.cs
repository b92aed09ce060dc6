using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// The baseline: a minimal Kestrel WebSocket server that parses each text frame with <c>JsonNode</c>
/// and answers <c>[{"Ok":{"Id":n}}]</c> with the Id of the frame's first message — the least a JSON
/// server must do per message, with nothing of Buttplug behind it.
/// </summary>
internal sealed class EchoServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<EchoServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(EchoAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EchoServer(app, address.Replace("http://", "ws://", StringComparison.Ordinal));
    }

    private static async Task EchoAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[1 << 16];
        var count = 0;
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return;
            }
            count += result.Count;
            if (!result.EndOfMessage)
                continue;
            var message = JsonNode.Parse(buffer.AsSpan(0, count))![0]!.AsObject().First().Value!;
            var id = message["Id"]!.GetValue<uint>();
            var reply = Encoding.UTF8.GetBytes($"[{{\"Ok\":{{\"Id\":{id}}}}}]");
            await socket.SendAsync(reply, WebSocketMessageType.Text, true, CancellationToken.None);
            count = 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
