using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.LovenseConnect.Tests;

/// <summary>
/// Plays the Lovense Connect app on 127.0.0.1 (a random port), from the facts of its local HTTP API:
/// <c>GET /GetToys</c> answers <c>{"type":"OK","code":200,"data":{id:{id,name,nickName,status,version,battery}}}</c>
/// (status and version as strings, as the app sends them); any other <c>GET /Command?…</c> is recorded
/// and answered <c>{"type":"OK","code":200}</c>. It also plays the discovery service
/// (<c>GET /api/lan/getToys</c>: <c>{"127-0-0-1.lovense.club": {"domain", "httpPort", …}}</c>).
/// Stopping it is the app going away.
/// </summary>
public sealed class FakeLovenseConnectApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string Name, bool Connected, int? Battery)> _toys = new();
    private readonly Channel<string> _commands = Channel.CreateUnbounded<string>();
    private readonly ConcurrentQueue<string> _allCommands = new();
    private int _getToys;
    private int _discoveries;
    private bool _stopped;

    private FakeLovenseConnectApp(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Base address of the API, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The port the app listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Where the discovery service answers.</summary>
    public string DiscoveryUrl => $"{Address}/api/lan/getToys";

    /// <summary>How many GetToys requests were answered.</summary>
    public int GetToysCount => Volatile.Read(ref _getToys);

    /// <summary>How many discovery requests were answered.</summary>
    public int DiscoveryCount => Volatile.Read(ref _discoveries);

    /// <summary>Every command received (path and query without the leading slash), in order.</summary>
    public IReadOnlyList<string> Commands => [.. _allCommands];

    /// <summary>Starts the app on a free loopback port.</summary>
    public static async Task<FakeLovenseConnectApp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeLovenseConnectApp(app);
        app.Run(fake.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.Port = new Uri(address).Port;
        fake.Address = $"http://127.0.0.1:{fake.Port}";
        return fake;
    }

    /// <summary>Adds or changes a toy (battery null: the app sends <c>null</c>).</summary>
    public void SetToy(string id, string name, bool connected = true, int? battery = 80) => _toys[id] = (name, connected, battery);

    /// <summary>Removes a toy from the app's list.</summary>
    public void RemoveToy(string id) => _toys.TryRemove(id, out _);

    /// <summary>The next command received; fails after <paramref name="timeoutMs"/>.</summary>
    public async Task<string> NextCommandAsync(int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        try
        {
            return await _commands.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No command reached the fake Lovense Connect app within {timeoutMs} ms; received so far: {string.Join(" | ", Commands)}");
        }
    }

    /// <summary>Waits until GetToys was asked <paramref name="count"/> more times than now (polling goes on).</summary>
    public async Task WaitForPollsAsync(int count, int timeoutMs = 10_000)
    {
        var target = GetToysCount + count;
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (GetToysCount < target)
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"GetToys was not asked {count} more times within {timeoutMs} ms.");
            await Task.Delay(10);
        }
    }

    /// <summary>The app goes away: the port closes, requests are refused.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await _app.StopAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.ContentType = "application/json";
        if (path == "/GetToys")
        {
            Interlocked.Increment(ref _getToys);
            await context.Response.WriteAsync(ToysJson());
            return;
        }
        if (path == "/api/lan/getToys")
        {
            Interlocked.Increment(ref _discoveries);
            await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["127-0-0-1.lovense.club"] = new { deviceId = "fakephone", domain = "127-0-0-1.lovense.club", httpPort = Port.ToString(CultureInfo.InvariantCulture), wsPort = "34568", httpsPort = 34569, wssPort = 34570, toys = new { } },
            }));
            return;
        }
        var command = path[1..] + context.Request.QueryString.Value;
        _allCommands.Enqueue(command);
        _commands.Writer.TryWrite(command);
        await context.Response.WriteAsync("""{"type":"OK","code":200}""");
    }

    private string ToysJson()
    {
        var data = _toys.ToDictionary(t => t.Key, t => (object)new Dictionary<string, object?>
        {
            ["id"] = t.Key,
            ["name"] = t.Value.Name,
            ["nickName"] = "",
            ["status"] = t.Value.Connected ? "1" : "0",
            ["version"] = "3",
            ["battery"] = t.Value.Battery,
        });
        return JsonSerializer.Serialize(new { type = "OK", code = 200, data });
    }
}
