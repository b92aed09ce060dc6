using System.Net.Http;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// The HTTP calls to Lovense Connect apps and to discovery. Every call is bounded by the request
/// timeout; any failure (refused, timed out, not 2xx, unreadable) is an <see cref="AppUnreachableException"/>.
/// </summary>
internal sealed class ConnectApi : IDisposable
{
    private readonly HttpClient _http;

    public ConnectApi(TimeSpan requestTimeout)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = requestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            AllowAutoRedirect = false,
            UseProxy = false,
        };
        _http = new HttpClient(handler) { Timeout = requestTimeout, MaxResponseContentBufferSize = 1 << 20 };
    }

    /// <summary>The toys an app reports (<c>GET {app}/GetToys</c>).</summary>
    public async Task<IReadOnlyList<ConnectToy>> GetToysAsync(string app, CancellationToken cancellationToken)
    {
        var text = await GetAsync($"{app}/GetToys", cancellationToken);
        try
        {
            return GetToysReply.Parse(text);
        }
        catch (FormatException e)
        {
            throw new AppUnreachableException(e.Message);
        }
    }

    /// <summary>Sends one command (<c>GET {app}/{command}</c>, e.g. <c>Vibrate1?v=10&amp;t=ID</c>); returns the app's answer.</summary>
    public Task<string> SendAsync(string app, string command, CancellationToken cancellationToken) =>
        GetAsync($"{app}/{command}", cancellationToken);

    /// <summary>The apps discovery knows on this network.</summary>
    public async Task<IReadOnlyList<string>> DiscoverAsync(string discoveryUrl, CancellationToken cancellationToken)
    {
        var text = await GetAsync(discoveryUrl, cancellationToken);
        try
        {
            return DiscoveryReply.Parse(text);
        }
        catch (FormatException e)
        {
            throw new AppUnreachableException(e.Message);
        }
    }

    private async Task<string> GetAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new AppUnreachableException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new AppUnreachableException(e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AppUnreachableException($"no answer within {_http.Timeout.TotalMilliseconds:0} ms");
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An app (or discovery) did not answer as it should.</summary>
internal sealed class AppUnreachableException(string message) : Exception(message);
