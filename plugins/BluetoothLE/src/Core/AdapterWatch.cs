using System.Threading.Channels;

namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>
/// Keeps the OS stack's availability current: probes at start, again whenever the adapter says
/// something changed, and every <c>retry</c> while unavailable (a stack that is missing at start,
/// restarts, or whose radio appears later is picked up without a restart). Probes never overlap;
/// <c>changed</c> runs after each probe whose result differs from the last.
/// </summary>
internal sealed class AdapterWatch : IAsyncDisposable
{
    private readonly IBleAdapter _adapter;
    private readonly TimeSpan _retry;
    private readonly Action<BleAvailability?, BleAvailability> _changed;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _probing = new(1, 1);
    private Task _loop = Task.CompletedTask;
    private BleAvailability? _current;

    public AdapterWatch(IBleAdapter adapter, TimeSpan retry, Action<BleAvailability?, BleAvailability> changed)
    {
        _adapter = adapter;
        _retry = retry;
        _changed = changed;
    }

    /// <summary>The last probe's result (unavailable before the first).</summary>
    public BleAvailability Current => Volatile.Read(ref _current) ?? BleAvailability.Unavailable("Bluetooth LE has not been checked yet");

    /// <summary>Probes once, then keeps watching in the background.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _adapter.Changed += OnAdapterChanged;
        await ProbeAsync(cancellationToken);
        _loop = Task.Run(() => WatchAsync(_stop.Token), CancellationToken.None);
    }

    /// <summary>Probes now (e.g. after a failure that suggests the stack went away).</summary>
    public void Poke() => _signals.Writer.TryWrite(true);

    public async ValueTask DisposeAsync()
    {
        _adapter.Changed -= OnAdapterChanged;
        await _stop.CancelAsync();
        await _loop;
    }

    private void OnAdapterChanged() => Poke();

    private async Task WatchAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var current = Current;
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stop))
            {
                if (!current.IsAvailable && !current.IsPermanent)
                    wait.CancelAfter(_retry);
                try
                {
                    await _signals.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // Retry time: probe again.
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            await ProbeAsync(stop);
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _probing.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            BleAvailability next;
            try
            {
                next = await _adapter.ProbeAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                next = BleAvailability.Unavailable($"{_adapter.Name} failed: {e.Message}");
            }
            var previous = Volatile.Read(ref _current);
            Volatile.Write(ref _current, next);
            if (previous is null || previous.IsAvailable != next.IsAvailable || previous.Description != next.Description)
                _changed(previous, next);
        }
        finally
        {
            _probing.Release();
        }
    }
}
