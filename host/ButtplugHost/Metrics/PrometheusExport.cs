using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ButtplugHost.Devices;
using Prometheus;

namespace ButtplugHost.Metrics;

/// <summary>
/// Serves the <see cref="HostMeter"/> counters, and gauges read at scrape time, in the Prometheus
/// text format through prometheus-net (its own registry: only this server's metrics, named
/// <c>buttplughost_*</c>, plus the process's CPU, memory and thread figures).
/// </summary>
internal sealed class PrometheusExport : IDisposable
{
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly MeterListener _listener = new();
    private readonly Counter _messages;
    private readonly Counter _errors;
    private readonly Counter _writes;
    private readonly Counter _coalesced;
    private readonly Counter _pluginFailures;
    private readonly ConcurrentDictionary<string, Counter.Child> _messageChildren = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter.Child> _errorChildren = new(StringComparer.Ordinal);

    public PrometheusExport(DeviceManager devices)
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(_registry);
        _messages = factory.CreateCounter("buttplughost_messages_total", "Client messages handled, by message type.", "type");
        _errors = factory.CreateCounter("buttplughost_errors_total", "Error replies sent to clients, by Buttplug error code.", "code");
        _writes = factory.CreateCounter("buttplughost_device_writes_total", "Write batches sent to devices.");
        _coalesced = factory.CreateCounter("buttplughost_coalesced_commands_total", "Output values dropped as stale: replaced by a newer value before they were written.");
        _pluginFailures = factory.CreateCounter("buttplughost_plugin_load_failures_total", "Plugin folders that failed to load.");
        var connected = factory.CreateGauge("buttplughost_connected_devices", "Devices connected now.");
        _registry.AddBeforeCollectCallback(() => connected.Set(devices.Devices.Count));
        DotNetStats.Register(_registry);

        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HostMeter.Name)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Writes every metric in the Prometheus text format.</summary>
    public Task WriteAsync(Stream output, CancellationToken cancellationToken) => _registry.CollectAndExportAsTextAsync(output, cancellationToken);

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument == HostMeter.Messages)
            Child(_messageChildren, _messages, tags).Inc(value);
        else if (instrument == HostMeter.Errors)
            Child(_errorChildren, _errors, tags).Inc(value);
        else if (instrument == HostMeter.DeviceWrites)
            _writes.Inc(value);
        else if (instrument == HostMeter.Coalesced)
            _coalesced.Inc(value);
        else if (instrument == HostMeter.PluginLoadFailures)
            _pluginFailures.Inc(value);
    }

    // One cached child per label value: the label values are a small fixed set (message names, error codes).
    private static Counter.Child Child(ConcurrentDictionary<string, Counter.Child> cache, Counter counter, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var label = tags.Length > 0 ? tags[0].Value as string ?? "" : "";
        // A static factory: a lambda capturing the counter would allocate its closure on every call.
        return cache.TryGetValue(label, out var child) ? child : cache.GetOrAdd(label, static (l, c) => c.WithLabels(l), counter);
    }

    public void Dispose() => _listener.Dispose();
}
