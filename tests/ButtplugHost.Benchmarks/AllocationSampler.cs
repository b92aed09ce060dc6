using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ButtplugHost.Benchmarks;

/// <summary>
/// Samples what this process allocates (the runtime's AllocationTick event, about one per 100 KB),
/// to find the allocations of the hot path: run the benchmark with --alloc.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName != "GCAllocationTick_V4" || e.Payload is null)
            return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var size = e.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0;
        _bytes.AddOrUpdate(type, size, (_, old) => old + size);
    }

    public void Reset() => _bytes.Clear();

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        Console.WriteLine($"Allocation samples by type (share of {total / 1024} KB sampled):");
        foreach (var (type, bytes) in _bytes.OrderByDescending(kv => kv.Value).Take(top))
            Console.WriteLine($"  {100.0 * bytes / total,5:0.0}%  {type}");
    }
}
