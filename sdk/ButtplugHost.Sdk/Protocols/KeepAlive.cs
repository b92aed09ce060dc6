using ButtplugHost.Sdk.Hardware;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// Repeats a packet to a device whenever <see cref="Interval"/> passes without anything being sent,
/// for toys that stop or disconnect when they hear nothing for a while (the reference server's
/// "repeat the last packet" keep-alive). A handler owns one, passes the commands it returns through
/// <see cref="Track"/> (the last write among them becomes the packet to repeat), and disposes it in
/// <see cref="ProtocolHandler.DisposeAsync"/>.
/// </summary>
/// <remarks>
/// <para>Stop paths: a stop goes through the handler like any command, so from then on only the stop
/// packet is repeated (the toy stays connected and at rest, as with the reference), or nothing after
/// <see cref="Pause"/>. When the device is removed or the host or session ends, the host disposes the
/// handler, and disposing this ends the repeats for good (waiting for a repeat being written).</para>
/// <para>A repeat that fails (the device is gone) is logged once and ends the repeats until the next
/// <see cref="Repeat(HardwareWrite)"/>. Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// _keepAlive = new KeepAlive(device.Hardware, TimeSpan.FromSeconds(3), time, device.Logger);
/// public override IReadOnlyList&lt;HardwareCommand&gt; HandleOutputs(IReadOnlyList&lt;OutputCommand&gt; commands) =>
///     _keepAlive.Track(Translate(commands));
/// public override async ValueTask DisposeAsync() { await _keepAlive.DisposeAsync(); await base.DisposeAsync(); }
/// </code>
/// </example>
public sealed class KeepAlive : IAsyncDisposable
{
    private readonly IHardware _hardware;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposing = new();
    private readonly object _gate = new();
    private HardwareWrite? _packet;
    private Func<HardwareWrite>? _build;
    private long _generation; // which Repeat a failing write belonged to
    private Task _sending = Task.CompletedTask;
    private long _repeats;
    private bool _disposed;

    /// <summary>Creates the keep-alive; it repeats nothing until it is given a packet.</summary>
    /// <param name="hardware">The device written to.</param>
    /// <param name="interval">The quiet time after which the packet is repeated, and between repeats.</param>
    /// <param name="time">The clock of the timer; the system clock by default (a fake one in tests).</param>
    /// <param name="logger">Where a failed repeat is logged; nowhere by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> is not positive.</exception>
    public KeepAlive(IHardware hardware, TimeSpan interval, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        if (interval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The keep-alive interval must be positive.");
        _hardware = hardware;
        Interval = interval;
        _logger = logger ?? NullLogger.Instance;
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => OnQuiet(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The quiet time after which the packet is repeated.</summary>
    public TimeSpan Interval { get; }

    /// <summary>
    /// The packet being repeated; null while paused, before the first packet, after disposal, and
    /// while each repeat is built afresh (<see cref="Repeat(Func{HardwareWrite})"/>).
    /// </summary>
    public HardwareWrite? Packet { get { lock (_gate) return _packet; } }

    /// <summary>How many repeats were written so far.</summary>
    public long RepeatCount => Interlocked.Read(ref _repeats);

    /// <summary>
    /// Makes <paramref name="packet"/> the packet to repeat and counts the quiet time from now (the
    /// caller is sending it now). Ignored after disposal.
    /// </summary>
    public void Repeat(HardwareWrite packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        Start(packet, null);
    }

    /// <summary>
    /// Like <see cref="Repeat(HardwareWrite)"/> for protocols whose every packet differs (a counter, a
    /// signature): <paramref name="build"/> makes the packet at each repeat, on the timer's thread.
    /// </summary>
    public void Repeat(Func<HardwareWrite> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        Start(null, build);
    }

    private void Start(HardwareWrite? packet, Func<HardwareWrite>? build)
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _packet = packet;
            _build = build;
            _generation++;
            _timer.Change(Interval, Interval);
        }
    }

    private bool Active => _packet is not null || _build is not null;

    /// <summary>Like <see cref="Repeat(HardwareWrite)"/> for a write of <paramref name="data"/> to <paramref name="endpoint"/>.</summary>
    public void Repeat(string endpoint, byte[] data, bool withResponse = false) =>
        Repeat(new HardwareWrite(endpoint, data, withResponse));

    /// <summary>
    /// Notes that <paramref name="commands"/> are about to be sent: the last write among them becomes
    /// the packet to repeat and the quiet time counts from now; with no write among them, nothing
    /// changes. Returns <paramref name="commands"/>, so a handler can end with <c>return keepAlive.Track(commands);</c>.
    /// </summary>
    public IReadOnlyList<HardwareCommand> Track(IReadOnlyList<HardwareCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (commands.OfType<HardwareWrite>().LastOrDefault() is { } last)
            Repeat(last);
        return commands;
    }

    /// <summary>
    /// Something else was sent (a command that is not to be repeated): counts the quiet time from now
    /// and keeps the packet. For protocols that repeat a fixed packet (a ping) only while idle.
    /// </summary>
    public void Touch()
    {
        lock (_gate)
        {
            if (!_disposed && Active)
                _timer.Change(Interval, Interval);
        }
    }

    /// <summary>Stops repeating until the next <see cref="Repeat(HardwareWrite)"/> (or <see cref="Track"/> with a write).</summary>
    public void Pause()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _packet = null;
            _build = null;
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnQuiet()
    {
        lock (_gate)
        {
            // One repeat at a time: a slow write must not pile up behind itself.
            if (_disposed || !Active || !_sending.IsCompleted)
                return;
            _sending = SendAsync(_packet ?? _build!(), _generation);
        }
    }

    private async Task SendAsync(HardwareWrite packet, long generation)
    {
        try
        {
            await _hardware.WriteAsync(packet.Endpoint, packet.Data, packet.WithResponse, _disposing.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _repeats);
        }
        catch (OperationCanceledException) when (_disposing.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _logger.LogWarning("Keep-alive to {Device} failed; no more will be sent until the next command: {Error}", _hardware.Identity.Name, e.Message);
            lock (_gate)
            {
                if (_generation == generation)
                    Pause();
            }
        }
    }

    /// <summary>Ends the repeats for good, waiting for a repeat being written to finish or be cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        Task sending;
        lock (_gate)
        {
            if (_disposed)
                return;
            _packet = null;
            _build = null;
            _disposed = true;
            sending = _sending;
        }
        await _timer.DisposeAsync().ConfigureAwait(false);
        await _disposing.CancelAsync().ConfigureAwait(false);
        await sending.ConfigureAwait(false);
        _disposing.Dispose();
    }
}
