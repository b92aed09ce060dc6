namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// Moves a stroker that only takes absolute positions (<c>FSetSite:N;</c>) toward a target over a
/// duration: each tick of 100 ms advances by an equal share of the distance, never past the target.
/// Thread-safe: targets are set by commands while a timer calls <see cref="Tick"/>.
/// </summary>
internal sealed class StrokerMotion
{
    /// <summary>The movement is cut into steps of this length.</summary>
    public const uint StepMs = 100;

    private readonly object _gate = new();
    private int _target;
    private uint _durationMs;
    private int _plannedTarget;
    private int _step;
    private int _position;

    /// <summary>The last position sent (0 at start).</summary>
    public int Position { get { lock (_gate) return _position; } }

    /// <summary>Starts a move to <paramref name="position"/> lasting <paramref name="durationMs"/>.</summary>
    public void SetTarget(int position, uint durationMs)
    {
        lock (_gate)
        {
            _target = position;
            _durationMs = durationMs;
        }
    }

    /// <summary>Stops where it is: the current position becomes the target.</summary>
    public void Halt()
    {
        lock (_gate)
            _target = _position;
    }

    /// <summary>Advances one step.</summary>
    /// <returns>The position to send, or null when already at the target.</returns>
    public int? Tick()
    {
        lock (_gate)
        {
            if (_target != _plannedTarget)
            {
                _plannedTarget = _target;
                var steps = (int)Math.Max(_durationMs / StepMs, 1);
                _step = (_plannedTarget - _position) / steps;
                // Short distances over long durations would round to no movement at all; move by 1 instead.
                if (_step == 0)
                    _step = Math.Sign(_plannedTarget - _position);
            }
            if (_position == _plannedTarget)
                return null;
            _position += _step;
            if ((_step < 0 && _position < _plannedTarget) || (_step > 0 && _position > _plannedTarget))
                _position = _plannedTarget;
            return _position;
        }
    }
}
