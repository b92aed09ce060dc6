using System.Collections.Concurrent;
using System.Text;

namespace ButtplugHost.Plugins.Hid.Tests.Fakes;

/// <summary>
/// Plays the Lovense dongle behind a <see cref="FakeHidDevice"/>: decodes the host's output reports into
/// lines (report id 0, text up to the first 0 byte, lines ending in \r\n), answers through
/// <see cref="Respond"/>, and sends lines as 64-byte input reports (text then a 0 byte).
/// </summary>
internal sealed class FakeDongle
{
    private readonly FakeHidDevice _device;
    private readonly StringBuilder _pending = new();

    public FakeDongle(FakeHidDevice device)
    {
        _device = device;
        device.OutputWritten += OnReport;
    }

    /// <summary>Every line the host sent, in order.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>Answers to a line the host sent (none by default).</summary>
    public Func<string, IEnumerable<string>> Respond { get; set; } = _ => [];

    public void Send(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        for (var offset = 0; offset < bytes.Length; offset += 63)
        {
            var report = new byte[64];
            bytes.AsSpan(offset, Math.Min(63, bytes.Length - offset)).CopyTo(report);
            _device.QueueInput(report);
        }
    }

    public async Task<string> NextAsync(int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        string? line;
        while (!Received.TryDequeue(out line))
            await Task.Delay(5, timeout.Token);
        return line;
    }

    private void OnReport(byte[] report)
    {
        if (report.Length != 65 || report[0] != 0 || report[^1] != 0)
            throw new InvalidOperationException($"not a dongle report: {Convert.ToHexString(report)}");
        var end = Array.IndexOf(report, (byte)0, 1);
        _pending.Append(Encoding.UTF8.GetString(report, 1, end - 1));
        var text = _pending.ToString();
        int newline;
        while ((newline = text.IndexOf("\r\n", StringComparison.Ordinal)) >= 0)
        {
            var line = text[..newline];
            text = text[(newline + 2)..];
            Received.Enqueue(line);
            foreach (var answer in Respond(line))
                Send(answer);
        }
        _pending.Clear().Append(text);
    }
}
