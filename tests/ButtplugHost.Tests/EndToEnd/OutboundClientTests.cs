using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using ButtplugHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary><c>--websocket-client-address</c>: the server connects out to a client that listens, and again after it leaves.</summary>
public sealed class OutboundClientTests
{
    [Fact]
    public async Task The_server_connects_to_a_listening_client_serves_it_and_reconnects()
    {
        var accepted = Channel.CreateUnbounded<(WebSocket Socket, TaskCompletionSource Done)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var client = builder.Build();
        client.UseWebSockets();
        client.Run(async context =>
        {
            var socket = await context.WebSockets.AcceptWebSocketAsync();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await accepted.Writer.WriteAsync((socket, done));
            await done.Task;
        });
        await client.StartAsync();
        var url = client.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("http://", "ws://", StringComparison.Ordinal);

        await using var host = await HostProcess.StartAsync("--websocket-client-address", url);
        Assert.Contains(host.Log, l => l.Contains($"connecting out to the client at {url}", StringComparison.Ordinal));

        for (var round = 0; round < 2; round++)
        {
            var (socket, done) = await accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            await socket.SendAsync(Encoding.UTF8.GetBytes("""[{"RequestServerInfo":{"Id":1,"ClientName":"listening client","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]"""),
                WebSocketMessageType.Text, true, CancellationToken.None);
            var buffer = new byte[4096];
            var received = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            var reply = Encoding.UTF8.GetString(buffer, 0, received.Count);
            Assert.Contains("\"ServerInfo\"", reply, StringComparison.Ordinal);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            done.TrySetResult();
        }
    }
}
