using System.Runtime.CompilerServices;
using ButtplugHost.Devices.Scheduling;
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
/// <remarks>
/// The scheduler is one long-lived loop per device that allocates nothing per command in steady state:
/// it sleeps on a reused <see cref="WakeSignal"/>, woken by a command reaching an idle device, a stop,
/// a drain of the client's frames (<see cref="BurstSignal"/>) or its one timer (created once, re-armed
/// for each gap or merge window); the batch list, the stop values and the write's cancellation
/// (<see cref="WriteTimeout"/>) are reused. Producers wake the loop only when it waits for them (idle,
/// or holding a burst for a stop), so a flood during a gap costs a dictionary write per command.
/// </remarks>
internal sealed class ConnectedDevice : IAsyncDisposable
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(5);

    private readonly IHardware _hardware;
    private readonly ProtocolHandler _handler;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _handlerLock = new(1, 1);
    private readonly CancellationTokenSource _life = new();
    private readonly object _gate = new();
    private readonly Dictionary<(int, OutputType), OutputCommand> _pending = [];
    private readonly Dictionary<(int, OutputType), OutputCommand> _lastSent = [];
    private List<TaskCompletionSource> _stopWaiters = [];
    // The stops of the batch being written (swapped with _stopWaiters, so neither list is re-made).
    private List<TaskCompletionSource> _stopsInFlight = [];
    // Reads waiting for the outputs queued before them to be written (see FlushAsync).
    private readonly List<TaskCompletionSource> _flushWaiters = [];
    private bool _batchInProgress;
    private readonly HashSet<(int, InputType)> _subscriptions = [];
    private readonly Task _loop;
    private DateTimeOffset _lastWrite = DateTimeOffset.MinValue;
    private readonly TimeSpan _gap;
    private readonly TimeSpan _mergeWindow;
    private readonly BurstSignal? _bursts;
    // The scheduler loop's wake-up, its one timer (gap and merge window) and the write's cancellation.
    private readonly WakeSignal _wake = new();
    private readonly ITimer _timer;
    // When the timer is armed for (UTC ticks); 0 when not armed. The timer clears it as it fires, so the
    // loop re-arms only for a new time: a spurious wake-up never pushes an armed deadline back.
    private long _timerDue;
    private readonly WriteTimeout _writeTimeout;
    // The outputs of the batch being written, reused batch after batch.
    private readonly List<OutputCommand> _batch = [];
    // Every output's resting value (what a stop writes), worked out once.
    private readonly List<OutputCommand> _stopValues;
    private readonly Dictionary<(int, OutputType), OutputCommand> _stopByOutput = [];
    // What the loop waits for now (under _gate): producers wake it only when it waits for them.
    private LoopState _state = LoopState.Running;
    private bool _closed;
    // The burst being held: when its first command was queued, and the drain count then.
    private DateTimeOffset? _burstStart;
    private long _burstGeneration;

    private enum LoopState { Running, Idle, Gap, Holding }

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
        _gap = TimeSpan.FromMilliseconds(info.MessageGapMs);
        _stopValues = [.. info.Features.SelectMany(OutputStops.For)];
        foreach (var value in _stopValues)
            _stopByOutput[(value.FeatureIndex, value.Type)] = value;
        _writeTimeout = new WriteTimeout(OperationTimeout, _life.Token);
        _timer = time.CreateTimer(static s => ((ConnectedDevice)s!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
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

    /// <summary>True while the scheduler loop runs (it ends when the device is disposed).</summary>
    internal bool SchedulerRunning => !_loop.IsCompleted;

    /// <summary>Readings of subscribed inputs.</summary>
    public event EventHandler<InputReading>? InputReading;

    /// <summary>Raised after outputs were written (see <see cref="Outputs"/>).</summary>
    public event Action<ConnectedDevice>? OutputsWritten;

    /// <summary>The last value written to each output (what the device is doing now, as far as the server knows).</summary>
    public IReadOnlyList<OutputCommand> Outputs { get { lock (_gate) return [.. _lastSent.Values]; } }

    /// <summary>Raised when a write failed; the device should be considered gone.</summary>
    public event EventHandler<Exception>? Faulted;

    /// <summary>Queues output values; they replace any not yet sent for the same outputs.</summary>
    public void QueueOutputs(IReadOnlyList<OutputCommand> commands)
    {
        bool wake;
        lock (_gate)
        {
            if (_pending.Count == 0 && _mergeWindow > TimeSpan.Zero)
            {
                _burstStart = _time.GetUtcNow();
                _burstGeneration = _bursts?.Generation ?? 0;
            }
            for (var i = 0; i < commands.Count; i++)
            {
                var command = commands[i];
                var key = (command.FeatureIndex, command.Type);
                if (_pending.ContainsKey(key))
                    Metrics.HostMeter.Coalesced.Add(1);
                _pending[key] = command;
            }
            // Waiting out a gap or a burst's window, the loop looks at the queue when that ends anyway.
            wake = _state == LoopState.Idle;
        }
        if (wake)
            _wake.Set();
    }

    /// <summary>Stops every output now (dropping queued values) and ends input subscriptions.</summary>
    public Task StopAsync(bool outputs = true, bool inputs = true)
    {
        var tasks = new List<Task>();
        if (outputs)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            bool wake;
            lock (_gate)
            {
                _pending.Clear();
                _stopWaiters.Add(done);
                // A stop is never held for a burst (it still waits for the gap).
                wake = _state is LoopState.Idle or LoopState.Holding;
            }
            if (wake)
                _wake.Set();
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
            QueueOutputs([.. OutputStops.For(feature)]);
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
        bool wake;
        lock (_gate)
        {
            if (_pending.Count == 0 && _stopWaiters.Count == 0 && !_batchInProgress)
                return Task.CompletedTask;
            flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _flushWaiters.Add(flushed);
            wake = _state == LoopState.Idle;
        }
        if (wake)
            _wake.Set();
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

    /// <summary>
    /// The scheduler: looks at the queue, then either writes a batch, or sleeps until the gap or the
    /// burst's window ends (its timer) or something it waits for comes (<see cref="WakeSignal"/>).
    /// </summary>
    private async Task RunAsync()
    {
        try
        {
            while (true)
            {
                TimeSpan wait;
                long due;
                lock (_gate)
                {
                    if (_closed)
                        return;
                    (_state, wait, due) = NextStep();
                }
                if (_state == LoopState.Running)
                {
                    if (Interlocked.Exchange(ref _timerDue, 0) != 0)
                        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                    await SendPendingAsync();
                    continue;
                }
                if (wait != Timeout.InfiniteTimeSpan && Volatile.Read(ref _timerDue) != due)
                {
                    Volatile.Write(ref _timerDue, due);
                    // Whole milliseconds, rounded up: system timers truncate to them (and may fire a
                    // little early); if one does, the gap is checked again and the rest waited for.
                    _timer.Change(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), Timeout.InfiniteTimeSpan);
                }
                await _wake.WaitAsync();
            }
        }
        catch (OperationCanceledException) when (_life.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// What to do now (under <c>_gate</c>): nothing queued, idle; the gap since the last write not yet
    /// passed, wait for it; a burst being held (the merge window not yet passed since its first command,
    /// the client's frames not yet drained, no stop), wait for the first of those; else write.
    /// A burst that already waited out the gap is usually past its window and goes at once.
    /// </summary>
    private (LoopState State, TimeSpan Wait, long DueTicks) NextStep()
    {
        if (_pending.Count == 0 && _stopWaiters.Count == 0)
            return (LoopState.Idle, Timeout.InfiniteTimeSpan, 0);
        var now = _time.GetUtcNow();
        var gapEnd = _lastWrite + _gap;
        if (gapEnd > now)
            return (LoopState.Gap, gapEnd - now, gapEnd.UtcTicks);
        if (_burstStart is { } start && _stopWaiters.Count == 0 && _pending.Count > 0)
        {
            var windowEnd = start + _mergeWindow;
            if (windowEnd > now && (_bursts is null || _bursts.Watch(_burstGeneration, _wake)))
                return (LoopState.Holding, windowEnd - now, windowEnd.UtcTicks);
        }
        return (LoopState.Running, TimeSpan.Zero, 0);
    }

    private void OnTimer()
    {
        Volatile.Write(ref _timerDue, 0);
        _wake.Set();
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendPendingAsync()
    {
        bool stopping;
        lock (_gate)
        {
            stopping = _stopWaiters.Count > 0;
            if (stopping)
                (_stopWaiters, _stopsInFlight) = (_stopsInFlight, _stopWaiters);
            // A stop goes out first, so values queued after it compare with the stop values, not
            // with what was sent before it (else "stop, then the old value again" would end stopped).
            _batch.Clear();
            foreach (var (key, command) in _pending)
            {
                var last = stopping && _stopByOutput.TryGetValue(key, out var stopped) ? stopped : _lastSent.GetValueOrDefault(key);
                if (last != command)
                    _batch.Add(command);
            }
            _pending.Clear();
            _burstStart = null;
            _batchInProgress = true;
        }
        try
        {
            if (stopping)
                await WriteAsync(stop: true);
            if (_batch.Count > 0)
                await WriteAsync(stop: false);
            CompleteStops(null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_life.IsCancellationRequested)
        {
            CompleteStops(e);
            _logger.LogError("{Device} ({Address}): writing failed: {Error}", Info.Name, Identity.Address, e.Message);
            Faulted?.Invoke(this, e);
        }
        finally
        {
            ReleaseFlushWaiters();
        }
    }

    private void CompleteStops(Exception? failure)
    {
        foreach (var waiter in _stopsInFlight)
        {
            if (failure is null)
                waiter.TrySetResult();
            else
                waiter.TrySetException(failure);
        }
        _stopsInFlight.Clear();
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

    /// <summary>
    /// Translates the batch (or the stop) and writes it, serialised with every other call into the
    /// handler, within the write time limit; a plugin that ignores the token still cannot hang the loop.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask WriteAsync(bool stop)
    {
        var token = _writeTimeout.Start();
        try
        {
            await _handlerLock.WaitAsync(token);
            try
            {
                var commands = stop ? _handler.HandleStop() : _handler.HandleOutputs(_batch);
                for (var i = 0; i < commands.Count; i++)
                {
                    var write = commands[i].ExecuteAsync(_hardware, token);
                    await (write.IsCompleted ? write : write.WaitAsync(token));
                }
            }
            finally
            {
                _handlerLock.Release();
            }
        }
        finally
        {
            _writeTimeout.Finish();
        }
        _lastWrite = _time.GetUtcNow();
        BatchesSent++;
        Metrics.HostMeter.DeviceWrites.Add(1);
        var values = stop ? _stopValues : _batch;
        lock (_gate)
        {
            foreach (var value in values)
                _lastSent[(value.FeatureIndex, value.Type)] = value;
        }
        OutputsWritten?.Invoke(this);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_closed)
                return;
            _closed = true;
        }
        await _life.CancelAsync(); // cancels a write in flight (WriteTimeout)
        _wake.Set();
        _bursts?.Forget(_wake);
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        await _timer.DisposeAsync();
        lock (_gate)
        {
            foreach (var waiter in _stopWaiters.Concat(_stopsInFlight).Concat(_flushWaiters))
                waiter.TrySetCanceled();
            _stopWaiters.Clear();
            _stopsInFlight.Clear();
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
        _writeTimeout.Dispose();
        _life.Dispose();
    }
}
