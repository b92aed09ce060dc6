using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// A toy behind a Lovense Connect app. Writes to <c>tx</c> are commands of the app's HTTP API — the
/// bytes are the path and query, e.g. <c>Vibrate1?v=10&amp;t=ID</c> — sent as <c>GET {app}/{command}</c>.
/// Reading <c>rx</c> gives the battery level the app last reported (one byte, 0–100). The transport's
/// polling keeps the level fresh and disconnects the toy when the app stops reporting it or goes away.
/// </summary>
internal sealed class LovenseConnectHardware : IHardware
{
    private readonly ConnectApi _api;
    private readonly ILogger _logger;
    private int _battery;
    private int _closed;

    public LovenseConnectHardware(DeviceIdentity identity, string app, int battery, ConnectApi api, ILogger logger)
    {
        Identity = identity;
        App = app;
        _battery = battery;
        _api = api;
        _logger = logger;
    }

    /// <inheritdoc/>
    public DeviceIdentity Identity { get; }

    /// <summary>The base address of the app the toy is behind.</summary>
    public string App { get; }

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Endpoints { get; } = [Sdk.Hardware.Endpoints.Tx, Sdk.Hardware.Endpoints.Rx];

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>The battery level the app last reported.</summary>
    public int Battery => Volatile.Read(ref _battery);

    /// <inheritdoc/>
    public event EventHandler<HardwareNotification>? Notification
    {
        add { }
        remove { }
    }

    /// <inheritdoc/>
    public event EventHandler? Disconnected;

    /// <inheritdoc/>
    public async Task WriteAsync(string endpoint, ReadOnlyMemory<byte> data, bool withResponse, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (endpoint != Sdk.Hardware.Endpoints.Tx)
            throw new HardwareException($"Lovense Connect toy {Identity.Name} has no endpoint '{endpoint}' to write (only tx).");
        var command = Encoding.ASCII.GetString(data.Span);
        if (command.Length == 0 || command.Any(c => c <= ' ' || c > '~'))
            throw new HardwareException($"Lovense Connect command '{command}' is not a plain URL path and query.");
        try
        {
            var answer = await _api.SendAsync(App, command, cancellationToken);
            _logger.LogTrace("Lovense Connect {Command}: {Answer}", command, answer);
        }
        catch (AppUnreachableException e)
        {
            throw new HardwareException($"Lovense Connect app at {App} did not take '{command}': {e.Message}");
        }
    }

    /// <inheritdoc/>
    public Task<byte[]> ReadAsync(string endpoint, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (endpoint != Sdk.Hardware.Endpoints.Rx)
            throw new HardwareException($"Lovense Connect toy {Identity.Name} has no endpoint '{endpoint}' to read (only rx: the battery level).");
        return Task.FromResult(new[] { (byte)Battery });
    }

    /// <inheritdoc/>
    public Task SubscribeAsync(string endpoint, CancellationToken cancellationToken) =>
        throw new HardwareException("Lovense Connect toys have no subscriptions.");

    /// <inheritdoc/>
    public Task UnsubscribeAsync(string endpoint, CancellationToken cancellationToken) =>
        throw new HardwareException("Lovense Connect toys have no subscriptions.");

    /// <inheritdoc/>
    public Task DisconnectAsync()
    {
        Close();
        return Task.CompletedTask;
    }

    /// <summary>The app reported a new battery level.</summary>
    public void UpdateBattery(int level) => Volatile.Write(ref _battery, Math.Clamp(level, 0, 100));

    /// <summary>Marks the toy gone and raises <see cref="Disconnected"/> once.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
            Disconnected?.Invoke(this, EventArgs.Empty);
    }

    private void ThrowIfClosed()
    {
        if (IsClosed)
            throw new HardwareException($"Lovense Connect toy {Identity.Name} ({Identity.Address}) is disconnected.");
    }
}
