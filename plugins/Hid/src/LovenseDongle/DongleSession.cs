using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>
/// The conversation with one plugged-in Lovense dongle, which holds one toy at a time (the reference's
/// state machine, without I/O: lines go out through <c>send</c>, come in through <see cref="OnLine"/>).
/// On start it asks <c>statuss</c> and waits a moment for a toy already connected. A search runs while a
/// scan is wanted; the first toy it reports (<c>toyData</c> with an id) stops the search
/// (<c>stopSearch</c>), and once the dongle confirms (<c>search</c> 206) the toy is connected. A search
/// the dongle ends by itself is started again. While a toy is connected a scan ends at once (no second
/// toy fits); <c>status</c> 403 means the toy went away.
/// </summary>
internal sealed class DongleSession : IDisposable
{
    private enum State { CheckingStatus, Idle, Scanning, StoppingToConnect, Connected, Closed }

    private readonly Action<string> _send;
    private readonly IDongleEvents _events;
    private readonly ILogger _logger;
    private readonly ITimer _statusTimer;
    private readonly object _gate = new();
    private State _state = State.CheckingStatus;
    private bool _scanWanted;
    private string? _toy;

    /// <param name="send">Sends one line to the dongle; must not block (it is called under the session's lock).</param>
    /// <param name="events">Where toys and scan ends are reported.</param>
    /// <param name="time">The clock of the status wait.</param>
    /// <param name="statusWait">How long to wait for an answer to <c>statuss</c> (the reference: 250 ms).</param>
    /// <param name="scanWanted">Whether a scan is running as the dongle is found.</param>
    /// <param name="logger">Log.</param>
    public DongleSession(Action<string> send, IDongleEvents events, TimeProvider time, TimeSpan statusWait, bool scanWanted, ILogger logger)
    {
        _send = send;
        _events = events;
        _logger = logger;
        _scanWanted = scanWanted;
        _statusTimer = time.CreateTimer(_ => OnStatusTimeout(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        lock (_gate)
        {
            _send(DongleRequests.Status());
            _statusTimer.Change(statusWait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The connected toy's id, if any.</summary>
    public string? Toy { get { lock (_gate) return _state == State.Connected ? _toy : null; } }

    public void StartScanning()
    {
        var finished = false;
        lock (_gate)
        {
            _scanWanted = true;
            switch (_state)
            {
                case State.Idle:
                    BeginSearch();
                    break;
                case State.Connected:
                    // One toy per dongle: nothing more to find.
                    _scanWanted = false;
                    finished = true;
                    break;
            }
        }
        if (finished)
            _events.ScanningFinished();
    }

    public void StopScanning()
    {
        lock (_gate)
        {
            _scanWanted = false;
            if (_state == State.Scanning)
            {
                _send(DongleRequests.StopSearch());
                _state = State.Idle;
            }
        }
        _events.ScanningFinished();
    }

    /// <summary>Sends a Lovense command to the connected toy.</summary>
    /// <exception cref="InvalidOperationException">That toy is not connected.</exception>
    public void SendToyCommand(string id, string command)
    {
        lock (_gate)
        {
            if (_state != State.Connected || _toy != id)
                throw new InvalidOperationException($"Lovense toy {id} is not connected to the dongle.");
            _send(DongleRequests.Command(id, command));
        }
    }

    /// <summary>The host let go of the toy: forget it, so a later scan can report it again.</summary>
    public void ToyReleased(string id)
    {
        lock (_gate)
        {
            if (_state == State.Connected && _toy == id)
            {
                _toy = null;
                _state = State.Idle;
            }
        }
    }

    /// <summary>Handles one line from the dongle.</summary>
    public void OnLine(string line)
    {
        var reply = DongleReply.Parse(line);
        if (reply is null)
        {
            _logger.LogWarning("Lovense dongle sent a line that is not a message: {Line}", line);
            return;
        }
        var events = new List<Action>();
        lock (_gate)
            Handle(reply, events);
        foreach (var raise in events)
            raise();
    }

    /// <summary>The dongle is gone: the toy with it.</summary>
    public void Lost()
    {
        string? toy;
        lock (_gate)
        {
            toy = _state == State.Connected ? _toy : null;
            _state = State.Closed;
        }
        _statusTimer.Dispose();
        if (toy is not null)
            _events.ToyDisconnected(toy);
    }

    public void Dispose() => _statusTimer.Dispose();

    private void Handle(DongleReply reply, List<Action> events)
    {
        switch (_state)
        {
            case State.CheckingStatus when IsConnectedStatus(reply):
                _statusTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                Connect(reply.DataId!, events);
                break;
            case State.Idle when IsConnectedStatus(reply):
                Connect(reply.DataId!, events);
                break;
            case State.Scanning when IsConnectedStatus(reply):
                Connect(reply.DataId!, events);
                break;
            case State.Scanning when reply.Func == "search" && reply.Result == DongleCodes.SearchStopped:
                _logger.LogDebug("Lovense dongle ended its search by itself; searching again");
                BeginSearch();
                break;
            case State.Scanning when reply.Func == "toyData" && reply.DataId is { } found:
                _logger.LogInformation("Lovense dongle found toy {Id}; stopping the search to connect it", found);
                _toy = found;
                _state = State.StoppingToConnect;
                _send(DongleRequests.StopSearch());
                break;
            case State.Scanning when reply.Func == "toyData" && reply.Result is not null:
                _state = State.Idle;
                break;
            case State.StoppingToConnect when reply.Func == "search" && reply.Result == DongleCodes.SearchStopped:
                Connect(_toy!, events);
                break;
            case State.Connected when reply.Func == "status" && reply.Status == DongleCodes.DeviceDisconnected:
                var gone = _toy!;
                _toy = null;
                _state = State.Idle;
                _logger.LogInformation("Lovense dongle: toy {Id} disconnected", gone);
                events.Add(() => _events.ToyDisconnected(gone));
                break;
            case State.Connected when reply.Func == "toyData" && reply.Data is { } data:
                var toy = _toy!;
                if (reply.DataId is null || reply.DataId == toy)
                    events.Add(() => _events.ToyData(toy, data));
                break;
            default:
                _logger.LogDebug("Lovense dongle: {Func} (result {Result}, status {Status}) ignored while {State}", reply.Func, reply.Result, reply.Status, _state);
                break;
        }
    }

    private static bool IsConnectedStatus(DongleReply reply) =>
        reply.Func == "status" && reply.Status == DongleCodes.DeviceConnectSuccess && reply.DataId is not null;

    private void Connect(string id, List<Action> events)
    {
        var scanEnded = _scanWanted;
        _scanWanted = false;
        _toy = id;
        _state = State.Connected;
        _logger.LogInformation("Lovense dongle: toy {Id} connected", id);
        events.Add(() => _events.ToyConnected(id));
        if (scanEnded)
            events.Add(_events.ScanningFinished);
    }

    private void BeginSearch()
    {
        _send(DongleRequests.Search());
        _state = State.Scanning;
    }

    private void OnStatusTimeout()
    {
        lock (_gate)
        {
            if (_state != State.CheckingStatus)
                return;
            if (_scanWanted)
                BeginSearch();
            else
                _state = State.Idle;
        }
    }
}
