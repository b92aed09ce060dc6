using System.Threading.Channels;
using ButtplugHost.Plugins.Hid.Os;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>
/// The open dongle node: a writer that sends queued lines as reports (<see cref="DongleReports"/>) in
/// order, and a reader thread that turns input reports into lines. A failed read or write means the
/// dongle is gone: <c>lost</c> is called once.
/// </summary>
internal sealed class DongleLink : IAsyncDisposable
{
    private const int ReadTimeoutMs = 100;

    private readonly IHidDevice _device;
    private readonly ILogger _logger;
    private readonly Channel<string> _outgoing = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _closing = new();
    private readonly Action<string> _onLine;
    private readonly Action _onLost;
    private Task _writer = Task.CompletedTask;
    private Task _reader = Task.CompletedTask;
    private int _lost;

    public DongleLink(IHidDevice device, Action<string> onLine, Action onLost, ILogger logger)
    {
        _device = device;
        _onLine = onLine;
        _onLost = onLost;
        _logger = logger;
    }

    public void Start()
    {
        _writer = Task.Run(WriteLoopAsync);
        _reader = Task.Factory.StartNew(ReadLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Queues a line; never blocks.</summary>
    public void Send(string line)
    {
        _logger.LogDebug("Lovense dongle <- {Line}", line);
        _outgoing.Writer.TryWrite(line);
    }

    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        await _closing.CancelAsync();
        await Task.WhenAll(_writer, _reader);
        _device.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var line in _outgoing.Reader.ReadAllAsync(_closing.Token))
            {
                foreach (var report in DongleReports.Encode(line))
                    _device.WriteOutputReport(report);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException e)
        {
            Lose($"write failed: {e.Message}");
        }
    }

    private void ReadLoop()
    {
        var lines = new DongleLineReader();
        var buffer = new byte[256];
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var count = _device.ReadInputReport(buffer, ReadTimeoutMs);
                if (count == 0)
                    continue;
                foreach (var line in lines.Add(buffer.AsSpan(0, count)))
                {
                    _logger.LogDebug("Lovense dongle -> {Line}", line);
                    _onLine(line);
                }
            }
        }
        catch (IOException e)
        {
            Lose(e.Message);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Lovense dongle: handling a line failed");
            Lose(e.Message);
        }
    }

    private void Lose(string reason)
    {
        if (_closing.IsCancellationRequested || Interlocked.Exchange(ref _lost, 1) != 0)
            return;
        _logger.LogWarning("Lovense dongle is gone: {Reason}", reason);
        _outgoing.Writer.TryComplete();
        _closing.Cancel();
        _onLost();
    }
}
