using System.Collections.Concurrent;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.BluetoothLE.Tests;

/// <summary>An <see cref="ITransportHost"/> that records what the transport reports and lets tests wait for it.</summary>
internal sealed class RecordingTransportHost(params CommunicationSpecifier[] specifiers) : ITransportHost
{
    private readonly ConcurrentQueue<DeviceIdentity> _found = new();
    private readonly ConcurrentQueue<string> _unavailable = new();
    private int _scanningFinished;
    private int _available;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<CommunicationSpecifier> Specifiers { get; } = specifiers;

    public IReadOnlyList<DeviceIdentity> Found => [.. _found];

    public IReadOnlyList<string> Unavailable => [.. _unavailable];

    public int ScanningFinishedCount => Volatile.Read(ref _scanningFinished);

    public void DeviceFound(DeviceIdentity identity) { _found.Enqueue(identity); Signal(); }

    public void ScanningFinished() { Interlocked.Increment(ref _scanningFinished); Signal(); }

    public void ReportUnavailable(string reason) { _unavailable.Enqueue(reason); Signal(); }

    public int AvailableCount => Volatile.Read(ref _available);

    public void ReportAvailable() { Interlocked.Increment(ref _available); Signal(); }

    /// <summary>Waits until <paramref name="condition"/> holds (checked on every report); the timeout only bounds a failure.</summary>
    public async Task WaitUntilAsync(Func<RecordingTransportHost, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition(this))
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition(this))
                return;
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }
        }
    }

    private void Signal() => Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
