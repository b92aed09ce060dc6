using System.Text;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary>
/// First-generation Kiiroo (Pearl, Onyx): ASCII levels <c>"N,\n"</c> (0–4) on <c>tx</c>. The Pearl's
/// vibration takes the level directly. The Onyx's position is inverted (position 4 is level 0) and
/// timed moves are stepped by a timer, which also repeats the current level when idle.
/// </summary>
internal sealed class KiirooV1Handler(ProtocolDevice device, KiirooV1Timing timing) : KiirooHandler(device)
{
    private readonly object _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private OnyxMotion? _motion;
    private ITimer? _timer;
    private int _ticking;
    private Task _lastTick = Task.CompletedTask;
    private int _disposed;

    /// <summary>The toy's level command.</summary>
    public static byte[] LevelCommand(int level) => Encoding.ASCII.GetBytes($"{level},\n");

    /// <summary>Listens on <c>rx</c> (the Onyx stays idle otherwise), selects command mode, homes the toy, then starts the Onyx's timer.</summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var hardware = Device.Hardware;
        await hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        await hardware.WriteAsync(Endpoints.Command, new byte[] { 0x01, 0x00 }, withResponse: true, cancellationToken);
        await hardware.WriteAsync(Endpoints.Tx, "0,"u8.ToArray(), withResponse: true, cancellationToken);
        if (!Features.Any(f => f.Output?.ContainsKey(OutputType.HwPositionWithDuration) == true))
            return;
        lock (_gate)
            _motion = new OnyxMotion(timing.Time.GetUtcNow());
        _timer = timing.Time.CreateTimer(_ => OnTimer(), null, timing.TickInterval, timing.TickInterval);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = new List<HardwareCommand>();
        foreach (var command in commands)
        {
            if (!HasOutput(command.FeatureIndex, command.Type))
                throw Unsupported(command);
            switch (command.Type)
            {
                case OutputType.Vibrate:
                    result.Add(Level(ByteValue(command)));
                    break;
                case OutputType.HwPositionWithDuration:
                    var target = OnyxMotion.TopLevel - Math.Clamp(command.Value, 0, OnyxMotion.TopLevel);
                    var duration = TimeSpan.FromMilliseconds(DurationOf(command));
                    lock (_gate)
                    {
                        var motion = _motion ?? throw new ProtocolException($"{Device.Configuration.Name} is not initialised.");
                        if (motion.Start(target, duration, timing.Time.GetUtcNow()) is { } level)
                            result.Add(Level(level));
                    }
                    break;
                default:
                    throw Unsupported(command);
            }
        }
        return result;
    }

    /// <summary>Stops the Pearl's vibration and abandons any Onyx move in progress.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop()
    {
        lock (_gate)
            _motion?.Halt();
        return base.HandleStop();
    }

    /// <summary>What the timer sends now: the next step of a move, or the idle repeat.</summary>
    internal IReadOnlyList<HardwareCommand> Tick()
    {
        lock (_gate)
            return _motion?.Tick(timing.Time.GetUtcNow(), timing.KeepAliveInterval) is { } level ? [Level(level)] : [];
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stopping.CancelAsync();
        if (_timer is not null)
            await _timer.DisposeAsync();
        // Let a tick already under way finish, so nothing is written after disposal.
        await Volatile.Read(ref _lastTick);
        _stopping.Dispose();
        await base.DisposeAsync();
    }

    private void OnTimer()
    {
        // A slow write must not pile up ticks behind it.
        if (Interlocked.Exchange(ref _ticking, 1) == 1)
            return;
        Volatile.Write(ref _lastTick, RunTickAsync());
    }

    private async Task RunTickAsync()
    {
        try
        {
            var token = _stopping.Token;
            foreach (var command in Tick())
            {
                token.ThrowIfCancellationRequested();
                await command.ExecuteAsync(Device.Hardware, token);
            }
        }
        catch (Exception e) when (e is HardwareException or OperationCanceledException or ObjectDisposedException)
        {
            Device.Logger.LogDebug(e, "Kiiroo v1 timer write to {Device} skipped", Device.Configuration.Name);
        }
        catch (Exception e)
        {
            Device.Logger.LogWarning(e, "Kiiroo v1 timer write to {Device} failed", Device.Configuration.Name);
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    private static HardwareCommand Level(int level) => HardwareCommand.Write(Endpoints.Tx, LevelCommand(level));
}
