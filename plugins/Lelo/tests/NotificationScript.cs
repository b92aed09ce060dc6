using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lelo.Tests;

/// <summary>
/// Plays a device's side of a pairing: each time <see cref="Endpoint"/> is subscribed, the next batch
/// of notifications is sent on it.
/// </summary>
internal sealed class NotificationScript
{
    private readonly Queue<byte[][]> _batches;

    public NotificationScript(MemoryHardware hardware, string endpoint, params byte[][][] batches)
    {
        Endpoint = endpoint;
        _batches = new Queue<byte[][]>(batches);
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind != HardwareOperationKind.Subscribe || op.Endpoint != endpoint || !_batches.TryDequeue(out var batch))
                return;
            foreach (var data in batch)
                hardware.Notify(endpoint, data);
        };
    }

    public string Endpoint { get; }
}
