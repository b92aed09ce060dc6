using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ButtplugHost.Tests.Rest;

/// <summary>
/// <c>GET /api/v1/events</c> read as a browser's EventSource would: each <c>data:</c> line is one
/// JSON event. Open once the server's first comment line arrived, so nothing after it is missed.
/// </summary>
public sealed class RestEventStream : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    private RestEventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<RestEventStream> OpenAsync(string url, Action<HttpRequestMessage>? setup = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        setup?.Invoke(request);
        var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var stream = new RestEventStream(response, reader);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var first = await reader.ReadLineAsync(timeout.Token);
        Assert.StartsWith(":", first ?? "", StringComparison.Ordinal);
        stream._pump = stream.PumpAsync();
        return stream;
    }

    private async Task PumpAsync()
    {
        try
        {
            while (await _reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                    await _events.Writer.WriteAsync(JsonNode.Parse(line["data: ".Length..])!.AsObject());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        _events.Writer.TryComplete();
    }

    /// <summary>The next event of this type (earlier events of other types are skipped).</summary>
    public async Task<JsonObject> NextAsync(string type, int timeoutMs = 30_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(timeout.Token);
                if (e["type"]?.ToString() == type)
                    return e;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {type} event within {timeoutMs} ms.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try { await _pump; } catch (Exception e) when (e is OperationCanceledException or IOException) { }
        _reader.Dispose();
        _stop.Dispose();
    }
}
