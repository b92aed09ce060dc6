using System.Collections.Concurrent;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>
/// Makes a simulated device speak first: when an endpoint is subscribed, the device notifies the next
/// scripted value on it (the last one repeats), shortly after the subscription, as a real device does.
/// Pairing handshakes (Lelo's password exchange) need this; replies to writes cannot express it.
/// </summary>
internal static class SubscribeNotifier
{
    // Long enough that the subscriber is listening, short enough not to slow anything down.
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(10);

    public static void Attach(MemoryHardware hardware, IReadOnlyDictionary<string, List<string>> script)
    {
        // Parsed now, so a bad value fails the connection like a bad reply does, not a background task.
        var parsed = script.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value.Select(ByteText.Parse).ToList());
        if (parsed.Count == 0)
            return;
        var subscriptions = new ConcurrentDictionary<string, int>();
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind != HardwareOperationKind.Subscribe || op.Endpoint is not { } endpoint || !parsed.TryGetValue(endpoint, out var values))
                return;
            var count = subscriptions.AddOrUpdate(endpoint, 1, (_, n) => n + 1);
            var value = values[Math.Min(count, values.Count) - 1];
            _ = Task.Run(async () =>
            {
                await Task.Delay(Latency);
                hardware.Notify(endpoint, value);
            });
        };
    }
}
