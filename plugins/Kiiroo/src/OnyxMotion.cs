namespace ButtplugHost.Plugins.Kiiroo;

/// <summary>
/// The first Onyx knows only five levels (0–4) and moves to a level as soon as it is told, so a
/// timed move is played out by sending the intermediate levels spread over the move's duration.
/// The toy also wants to hear from us regularly: when nothing changed for a while the current level
/// is sent again. Pure: the caller supplies the time and sends what this returns.
/// </summary>
internal sealed class OnyxMotion(DateTimeOffset now)
{
    /// <summary>The highest level.</summary>
    public const int TopLevel = 4;

    private readonly record struct Move(int From, int To, DateTimeOffset Start, TimeSpan Duration);

    private Move? _move;
    private DateTimeOffset _lastSent = now;

    /// <summary>The level last sent (the start-up handshake sends 0).</summary>
    public int Level { get; private set; }

    /// <summary>True while a timed move is being played out.</summary>
    public bool IsMoving => _move is not null;

    /// <summary>Starts a move to <paramref name="target"/>; returns the level to send at once, if any.</summary>
    public int? Start(int target, TimeSpan duration, DateTimeOffset now)
    {
        if (duration <= TimeSpan.Zero || target == Level)
        {
            _move = null;
            return Sent(target, now);
        }
        _move = new Move(Level, target, now, duration);
        return null;
    }

    /// <summary>The level to send at <paramref name="now"/>: the next step of a move, or a repeat when quiet for <paramref name="keepAlive"/>.</summary>
    public int? Tick(DateTimeOffset now, TimeSpan keepAlive)
    {
        var level = Level;
        if (_move is { } move)
        {
            var elapsed = now - move.Start;
            if (elapsed >= move.Duration)
            {
                level = move.To;
                _move = null;
            }
            else
            {
                var steps = Math.Abs(move.To - move.From);
                var done = (int)Math.Floor(steps * (elapsed / move.Duration) + 0.5);
                level = move.From + Math.Sign(move.To - move.From) * done;
            }
        }
        if (level != Level || now - _lastSent >= keepAlive)
            return Sent(level, now);
        return null;
    }

    /// <summary>Abandons the move in progress; the toy stays where it is.</summary>
    public void Halt() => _move = null;

    private int Sent(int level, DateTimeOffset now)
    {
        Level = level;
        _lastSent = now;
        return level;
    }
}
