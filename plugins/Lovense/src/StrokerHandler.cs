using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// Strokers (Solace, Solace Pro). Oscillation speed is <c>Mply:N:20;</c> (20 is the stroke length).
/// The Solace also needs the length zeroed to stop (<c>Mply:0:0;</c>). Position-with-duration moves are
/// carried out by a timer sending <c>FSetSite:N;</c> every tick (see <see cref="StrokerMotion"/>).
/// </summary>
internal sealed class StrokerHandler : LovenseHandler
{
    private const int FullStroke = 20;
    private readonly bool _zeroStrokeToStop;
    private readonly StrokerMotion _motion = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _motionLoop;

    /// <param name="device">The toy.</param>
    /// <param name="options">Timings.</param>
    /// <param name="zeroStrokeToStop">True for the Solace (type H), which keeps moving unless the stroke length is 0 too.</param>
    public StrokerHandler(ProtocolDevice device, LovenseOptions options, bool zeroStrokeToStop) : base(device, options)
    {
        _zeroStrokeToStop = zeroStrokeToStop;
    }

    /// <summary>Where the position timer has moved the toy so far.</summary>
    internal int Position => _motion.Position;

    public override Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Features.Any(f => f.Output?.ContainsKey(OutputType.HwPositionWithDuration) == true))
            _motionLoop ??= Task.Run(() => RunMotionAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        switch (command.Type)
        {
            case OutputType.Oscillate:
                var stroke = command.Value == 0 && _zeroStrokeToStop ? 0 : FullStroke;
                return [LovenseCommands.Mply([command.Value, stroke])];
            case OutputType.HwPositionWithDuration:
                _motion.SetTarget(command.Value, command.Duration ?? 0);
                return [];
            default:
                throw Unsupported(command);
        }
    }

    /// <summary>Stops oscillation and, unlike the reference, also ends a position move in progress.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop()
    {
        _motion.Halt();
        return base.HandleStop();
    }

    public override async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_motionLoop is not null)
            await _motionLoop;
        _stopping.Dispose();
        await base.DisposeAsync();
    }

    private async Task RunMotionAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                if (_motion.Tick() is int position)
                    await LovenseCommands.SetSite(position).ExecuteAsync(Device.Hardware, cancellationToken);
                await Task.Delay(Options.StrokerTick, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (HardwareException e)
        {
            Device.Logger.LogWarning("Stroker position updates stopped: {Error}", e.Message);
        }
    }
}
