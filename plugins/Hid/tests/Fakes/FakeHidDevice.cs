using System.Collections.Concurrent;
using ButtplugHost.Plugins.Hid.Os;

namespace ButtplugHost.Plugins.Hid.Tests.Fakes;

/// <summary>An open HID node in memory: records the reports written, delivers the input reports queued, can be unplugged.</summary>
internal sealed class FakeHidDevice : IHidDevice
{
    private readonly BlockingCollection<byte[]> _input = [];
    private volatile bool _unplugged;

    public ConcurrentQueue<byte[]> OutputReports { get; } = new();

    public ConcurrentQueue<byte[]> FeatureReports { get; } = new();

    /// <summary>Raised on the writer's thread for each output report.</summary>
    public event Action<byte[]>? OutputWritten;

    public bool Disposed { get; private set; }

    public void QueueInput(byte[] report) => _input.Add(report);

    public void Unplug() => _unplugged = true;

    public void WriteOutputReport(ReadOnlySpan<byte> report)
    {
        ThrowIfGone();
        var copy = report.ToArray();
        OutputReports.Enqueue(copy);
        OutputWritten?.Invoke(copy);
    }

    public void SendFeatureReport(ReadOnlySpan<byte> report)
    {
        ThrowIfGone();
        FeatureReports.Enqueue(report.ToArray());
    }

    public int ReadInputReport(Span<byte> buffer, int timeoutMs)
    {
        Interlocked.Increment(ref _readCalls);
        ThrowIfGone();
        if (!_input.TryTake(out var report, Math.Min(timeoutMs, 20)))
            return 0;
        report.CopyTo(buffer);
        Volatile.Write(ref _lastDeliveryCall, Volatile.Read(ref _readCalls));
        return report.Length;
    }

    /// <summary>Every queued report was read and the reader has come back for more (so it has handled them).</summary>
    public bool InputHandled => _input.Count == 0 && Volatile.Read(ref _readCalls) > Volatile.Read(ref _lastDeliveryCall) && _lastDeliveryCall > 0;

    private int _readCalls;
    private int _lastDeliveryCall;

    public void Dispose() => Disposed = true;

    private void ThrowIfGone()
    {
        if (_unplugged)
            throw new IOException("fake device unplugged");
        if (Disposed)
            throw new IOException("fake device closed");
    }
}
