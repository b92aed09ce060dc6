using System.Collections.Concurrent;
using System.Threading.Channels;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Sdk.Testing;

/// <summary>An <see cref="ITransportHost"/> that records what a transport reports, for transport tests.</summary>
public sealed class RecordingTransportHost : ITransportHost
{
    private readonly Channel<DeviceIdentity> _found = Channel.CreateUnbounded<DeviceIdentity>();
    private int _scanningFinished;
    private int _available;

    /// <inheritdoc/>
    public IReadOnlyList<CommunicationSpecifier> Specifiers { get; init; } = [];

    /// <summary>The reasons given to <see cref="ReportUnavailable"/>, in order.</summary>
    public ConcurrentQueue<string> Unavailable { get; } = new();

    /// <summary>How many times the transport reported its scan finished.</summary>
    public int ScanningFinishedCount => Volatile.Read(ref _scanningFinished);

    /// <inheritdoc/>
    public void DeviceFound(DeviceIdentity identity) => _found.Writer.TryWrite(identity);

    /// <inheritdoc/>
    public void ScanningFinished() => Interlocked.Increment(ref _scanningFinished);

    /// <inheritdoc/>
    public void ReportUnavailable(string reason) => Unavailable.Enqueue(reason);

    /// <summary>How many times the transport reported itself available again.</summary>
    public int AvailableCount => Volatile.Read(ref _available);

    /// <inheritdoc/>
    public void ReportAvailable() => Interlocked.Increment(ref _available);

    /// <summary>The next device reported; fails with <see cref="OperationCanceledException"/> after <paramref name="timeoutMs"/>.</summary>
    public async Task<DeviceIdentity> NextFoundAsync(int timeoutMs = 5000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await _found.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Takes a reported device if there is one waiting.</summary>
    public bool TryTakeFound(out DeviceIdentity? identity) => _found.Reader.TryRead(out identity);
}
