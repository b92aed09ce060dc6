using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace ButtplugHost.Rest;

/// <summary>
/// <c>GET /api/v1/events</c>: the REST client's events as server-sent events, one JSON object per
/// <c>data:</c> line with its <c>type</c> (DeviceAdded, DeviceRemoved, ScanningFinished, InputReading).
/// The stream opens with a comment line and sends another every 15 s so that proxies keep it open.
/// </summary>
internal static class RestEvents
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    // A reader that stops reading loses its oldest events, not the server's memory.
    private const int Backlog = 1000;

    public static async Task StreamAsync(HttpContext context, RestClient client, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = linked.Token;
        try
        {
            await client.ConnectAsync(token);
        }
        catch (RestError e)
        {
            await RestError.WriteAsync(context.Response, e.Status, e.Message);
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var events = Channel.CreateBounded<string>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        void OnEvent(JsonObject e) => events.Writer.TryWrite(e.ToJsonString());
        client.Event += OnEvent;
        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(": ButtplugHost REST API events\n\n", token);
            await context.Response.Body.FlushAsync(token);
            while (!token.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
                wait.CancelAfter(KeepAlive);
                string text;
                try
                {
                    await events.Reader.WaitToReadAsync(wait.Token);
                    text = "";
                    while (events.Reader.TryRead(out var json))
                        text += $"data: {json}\n\n";
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    text = ":\n\n";
                }
                await context.Response.WriteAsync(text, token);
                await context.Response.Body.FlushAsync(token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
        }
        finally
        {
            client.Event -= OnEvent;
        }
    }
}
