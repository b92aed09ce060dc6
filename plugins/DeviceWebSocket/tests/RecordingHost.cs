using System.Collections.Concurrent;
using System.Threading.Channels;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.DeviceWebSocket.Tests;

/// <summary>An <see cref="ITransportHost"/> that records what the transport reports.</summary>
internal sealed class RecordingHost : ITransportHost
{
    private readonly Channel<DeviceIdentity> _found = Channel.CreateUnbounded<DeviceIdentity>();

    public IReadOnlyList<CommunicationSpecifier> Specifiers { get; init; } = [];

    public ConcurrentQueue<string> Unavailable { get; } = new();

    public int ScanningFinishedCount;

    public void DeviceFound(DeviceIdentity identity) => _found.Writer.TryWrite(identity);

    public void ScanningFinished() => Interlocked.Increment(ref ScanningFinishedCount);

    public void ReportUnavailable(string reason) => Unavailable.Enqueue(reason);

    public async Task<DeviceIdentity> NextFoundAsync(int timeoutMs = 5000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await _found.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeFound(out DeviceIdentity? identity) => _found.Reader.TryRead(out identity);
}
