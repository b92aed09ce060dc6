using System.Threading.Channels;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices;

/// <summary>
/// A device in use: its hardware, its protocol handler, and the scheduler that writes to it.
/// Output commands are coalesced: the device gets at most one batch of writes per timing gap, each
/// output's latest value wins, an unchanged value is not re-sent, and a stop is never dropped.
/// Commands of one burst (arriving within the merge window, or until the client's received frames are
/// drained) are translated together; stops are never held. The rules, in full: docs/configuration.md,
/// "Write scheduling". All calls into the protocol handler are serialised here.
/// </summary>
internal sealed class ConnectedDevice : IAsyncDisposable
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(5);

    private readonly IHardware _hardware;
    private readonly ProtocolHandler _handler;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _handlerLock = new(1, 1);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _life = new();
    private readonly object _gate = new();
    private readonly Dictionary<(int, OutputType), OutputCommand> _pending = [];
    private readonly Dictionary<(int, OutputType), OutputCommand> _lastSent = [];
    private readonly List<TaskCompletionSource> _stopWaiters = [];
    // Reads waiting for the outputs queued before them to be written (see FlushAsync).
    private readonly List<TaskCompletionSource> _flushWaiters = [];
    private bool _batchInProgress;
    private readonly HashSet<(int, InputType)> _subscriptions = [];
    private readonly Task _loop;
    private DateTimeOffset _lastWrite = DateTimeOffset.MinValue;
    private readonly TimeSpan _mergeWindow;
    private readonly BurstSignal? _bursts;
    // The burst being held: when its first command was queued, and the client's next drain after that.
    private DateTimeOffset? _burstStart;
    private Task? _burstDrained;
    // Set while the scheduler holds a burst; a stop completes it to end the hold at once.
    private TaskCompletionSource? _holdCut;

    /// <param name="mergeWindow">How long the first command of a burst may wait for the rest (zero: off).</param>
    /// <param name="bursts">The client connection's "frames drained" signal, which ends the wait early.</param>
    public ConnectedDevice(DeviceInfo info, DeviceIdentity identity, string protocol, string pluginId, IHardware hardware, ProtocolHandler handler, ILogger logger, TimeProvider time,
        TimeSpan mergeWindow = default, BurstSignal? bursts = null)
    {
        _mergeWindow = mergeWindow;
        _bursts = bursts;
        Info = info;
        Identity = identity;
        Protocol = protocol;
        PluginId = pluginId;
        _hardware = hardware;
        _handler = handler;
        _logger = logger;
        _time = time;
        _handler.InputReadingReceived += (_, reading) => InputReading?.Invoke(this, reading);
        _loop = Task.Run(RunAsync);
    }

    public DeviceInfo Info { get; }
    public DeviceIdentity Identity { get; }
    public string Protocol { get; }
    public string PluginId { get; }
    public IHardware Hardware => _hardware;

    /// <summary>The device's key in the user device config (protocol, model identifier, address).</summary>
    public UserConfig.UserDeviceKey? UserKey { get; init; }

    /// <summary>The device's own output ownership policy (several clients); null: the server's default.</summary>
    public Ownership.OwnershipPolicy? Ownership { get; init; }

    /// <summary>Number of write batches sent (for tests and benchmarks).</summary>
    public long BatchesSent { get; private set; }

    /// <summary>Readings of subscribed inputs.</summary>
    public event EventHandler<InputReading>? InputReading;

    /// <summary>Raised after outputs were written (see <see cref="Outputs"/>).</summary>
    public event Action<ConnectedDevice>? OutputsWritten;

    /// <summary>The last value written to each output (what the device is doing now, as far as the server knows).</summary>
    public IReadOnlyList<OutputCommand> Outputs { get { lock (_gate) return [.. _lastSent.Values]; } }

    /// <summary>Raised when a write failed; the device should be considered gone.</summary>
    public event EventHandler<Exception>? Faulted;

    /// <summary>Queues output values; they replace any not yet sent for the same outputs.</summary>
    public void QueueOutputs(IEnumerable<OutputCommand> commands)
    {
        lock (_gate)
        {
            if (_pending.Count == 0 && _mergeWindow > TimeSpan.Zero)
            {
                _burstStart = _time.GetUtcNow();
                _burstDrained = _bursts?.Next;
            }
            foreach (var command in commands)
            {
                var key = (command.FeatureIndex, command.Type);
                if (_pending.ContainsKey(key))
                    Metrics.HostMeter.Coalesced.Add(1);
                _pending[key] = command;
            }
        }
        _wake.Writer.TryWrite(true);
    }

    /// <summary>Stops every output now (dropping queued values) and ends input subscriptions.</summary>
    public Task StopAsync(bool outputs = true, bool inputs = true)
    {
        var tasks = new List<Task>();
        if (outputs)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _pending.Clear();
                _stopWaiters.Add(done);
                _holdCut?.TrySetResult(); // a stop is never held for a burst
            }
            _wake.Writer.TryWrite(true);
            tasks.Add(done.Task);
        }
        if (inputs)
            tasks.Add(UnsubscribeAllAsync());
        return Task.WhenAll(tasks);
    }

    /// <summary>Brings one feature's outputs to rest, queued like any command (an output already at rest is not re-sent).</summary>
    public Task StopFeatureAsync(uint featureIndex)
    {
        if (Info.Feature(featureIndex) is { } feature)
            QueueOutputs(OutputStops.For(feature));
        return Task.CompletedTask;
    }

    public async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        return await WithHandlerAsync(ct => _handler.ReadInputAsync(featureIndex, type, ct), cancellationToken);
    }

    /// <summary>
    /// Completes once the outputs queued so far have been written: a read then never overtakes a
    /// command the client was already told is done (the Ok comes when it is queued, not written).
    /// </summary>
    internal Task FlushAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource flushed;
        lock (_gate)
        {
            if (_pending.Count == 0 && _stopWaiters.Count == 0 && !_batchInProgress)
                return Task.CompletedTask;
            flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _flushWaiters.Add(flushed);
        }
        _wake.Writer.TryWrite(true);
        return flushed.Task.WaitAsync(OperationTimeout, cancellationToken);
    }

    public async Task SubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_subscriptions.Contains((featureIndex, type)))
                return;
        }
        await WithHandlerAsync(async ct => { await _handler.SubscribeInputAsync(featureIndex, type, ct); return 0; }, cancellationToken);
        lock (_gate)
            _subscriptions.Add((featureIndex, type));
    }

    public async Task UnsubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_subscriptions.Remove((featureIndex, type)))
                return;
        }
        await WithHandlerAsync(async ct => { await _handler.UnsubscribeInputAsync(featureIndex, type, ct); return 0; }, cancellationToken);
    }

    /// <summary>Runs a raw hardware operation, serialised with the protocol's own.</summary>
    public Task<T> RawAsync<T>(Func<IHardware, CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        WithHandlerAsync(ct => operation(_hardware, ct), cancellationToken);

    private async Task UnsubscribeAllAsync()
    {
        List<(int, InputType)> subscriptions;
        lock (_gate)
        {
            subscriptions = [.. _subscriptions];
            _subscriptions.Clear();
        }
        foreach (var (feature, type) in subscriptions)
        {
            try
            {
                await WithHandlerAsync(async ct => { await _handler.UnsubscribeInputAsync(feature, type, ct); return 0; }, CancellationToken.None);
            }
            catch (Exception e)
            {
                _logger.LogWarning("{Device}: unsubscribing {Type} on feature {Feature} failed: {Error}", Info.Name, type, feature, e.Message);
            }
        }
    }

    private async Task<T> WithHandlerAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _life.Token);
        timeout.CancelAfter(OperationTimeout);
        await _handlerLock.WaitAsync(timeout.Token);
        try
        {
            // WaitAsync: a plugin that ignores the token still cannot hang the caller.
            return await operation(timeout.Token).WaitAsync(timeout.Token);
        }
        finally
        {
            _handlerLock.Release();
        }
    }

    private async Task RunAsync()
    {
        var ct = _life.Token;
        try
        {
            while (await _wake.Reader.WaitToReadAsync(ct))
            {
                _wake.Reader.TryRead(out _);
                await WaitForGapAsync(ct);
                await HoldBurstAsync(ct);
                await SendPendingAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (ChannelClosedException)
        {
        }
    }

    private async Task WaitForGapAsync(CancellationToken ct)
    {
        var gap = TimeSpan.FromMilliseconds(Info.MessageGapMs);
        var wait = _lastWrite + gap - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, _time, ct);
    }

    /// <summary>
    /// Holds the queued burst until its merge window has passed since its first command, the client has
    /// drained the frames it had received, or a stop comes, whichever is first. A burst that already
    /// waited out the gap is usually past its window and goes at once.
    /// </summary>
    private async Task HoldBurstAsync(CancellationToken ct)
    {
        TimeSpan left;
        Task? drained;
        TaskCompletionSource cut;
        lock (_gate)
        {
            if (_burstStart is not { } start || _stopWaiters.Count > 0 || _pending.Count == 0)
                return;
            left = start + _mergeWindow - _time.GetUtcNow();
            drained = _burstDrained;
            if (left <= TimeSpan.Zero || drained is { IsCompleted: true })
                return;
            _holdCut = cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        using var window = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var elapsed = Task.Delay(left, _time, window.Token);
        await (drained is null ? Task.WhenAny(elapsed, cut.Task) : Task.WhenAny(elapsed, drained, cut.Task));
        await window.CancelAsync();
        lock (_gate)
            _holdCut = null;
        ct.ThrowIfCancellationRequested();
    }

    private async Task SendPendingAsync(CancellationToken ct)
    {
        List<TaskCompletionSource> stopWaiters;
        List<OutputCommand> batch;
        lock (_gate)
        {
            stopWaiters = [.. _stopWaiters];
            _stopWaiters.Clear();
            // A stop goes out first, so values queued after it compare with the stop values, not
            // with what was sent before it (else "stop, then the old value again" would end stopped).
            var afterStop = stopWaiters.Count > 0 ? StopValues().ToDictionary(v => (v.FeatureIndex, v.Type)) : null;
            batch = _pending.Values.Where(c =>
            {
                var key = (c.FeatureIndex, c.Type);
                OutputCommand? last = afterStop is not null && afterStop.TryGetValue(key, out var stopped) ? stopped : _lastSent.GetValueOrDefault(key);
                return last != c;
            }).ToList();
            _pending.Clear();
            _burstStart = null;
            _burstDrained = null;
            _batchInProgress = true;
        }
        try
        {
            if (stopWaiters.Count > 0)
                await ExecuteAsync(h => h.HandleStop(), StopValues(), ct);
            if (batch.Count > 0)
                await ExecuteAsync(h => h.HandleOutputs(batch), batch, ct);
            foreach (var waiter in stopWaiters)
                waiter.TrySetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            foreach (var waiter in stopWaiters)
                waiter.TrySetException(e);
            _logger.LogError("{Device} ({Address}): writing failed: {Error}", Info.Name, Identity.Address, e.Message);
            Faulted?.Invoke(this, e);
        }
        finally
        {
            ReleaseFlushWaiters();
        }
    }

    private void ReleaseFlushWaiters()
    {
        List<TaskCompletionSource> flushed;
        lock (_gate)
        {
            _batchInProgress = false;
            // Values queued while this batch was written belong to the next one: their readers wait on.
            if (_pending.Count > 0 || _stopWaiters.Count > 0 || _flushWaiters.Count == 0)
                return;
            flushed = [.. _flushWaiters];
            _flushWaiters.Clear();
        }
        foreach (var waiter in flushed)
            waiter.TrySetResult();
    }

    private async Task ExecuteAsync(Func<ProtocolHandler, IReadOnlyList<HardwareCommand>> translate, IReadOnlyList<OutputCommand> values, CancellationToken ct)
    {
        await WithHandlerAsync(async token =>
        {
            var commands = translate(_handler);
            foreach (var command in commands)
                await command.ExecuteAsync(_hardware, token);
            return 0;
        }, ct);
        _lastWrite = _time.GetUtcNow();
        BatchesSent++;
        Metrics.HostMeter.DeviceWrites.Add(1);
        lock (_gate)
        {
            foreach (var value in values)
                _lastSent[(value.FeatureIndex, value.Type)] = value;
        }
        OutputsWritten?.Invoke(this);
    }

    private List<OutputCommand> StopValues() => [.. Info.Features.SelectMany(OutputStops.For)];

    public async ValueTask DisposeAsync()
    {
        await _life.CancelAsync();
        _wake.Writer.TryComplete();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        lock (_gate)
        {
            foreach (var waiter in _stopWaiters.Concat(_flushWaiters))
                waiter.TrySetCanceled();
            _stopWaiters.Clear();
            _flushWaiters.Clear();
        }
        try
        {
            await _handler.DisposeAsync().AsTask().WaitAsync(OperationTimeout);
        }
        catch (Exception e)
        {
            _logger.LogWarning("{Device}: protocol handler failed to dispose: {Error}", Info.Name, e.Message);
        }
        _life.Dispose();
    }
}
