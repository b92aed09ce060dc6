using System.Collections.Concurrent;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>
/// A transport whose devices exist only in configuration. Each scan reports every declared device
/// and finishes at once; connecting hands out a <see cref="MemoryHardware"/> that answers from the
/// device's script and traces every operation.
/// </summary>
public sealed class SimulatedTransport : ITransport
{
    private readonly ILogger _logger;
    private readonly SimulatedOptions _options = new();
    private readonly TraceWriter? _trace;
    private readonly ConcurrentDictionary<string, MemoryHardware> _connected = new();
    private ITransportHost? _host;

    /// <summary>Creates the transport from the <c>Simulated</c> configuration section.</summary>
    public SimulatedTransport(PluginContext context)
    {
        _logger = context.LoggerFactory.CreateLogger("ButtplugHost.Plugins.Simulated");
        context.Configuration.GetSection("Simulated").Bind(_options);
        if (!string.IsNullOrEmpty(_options.TraceFile))
            _trace = new TraceWriter(_options.TraceFile);
    }

    /// <inheritdoc/>
    public string Name => "simulated";

    /// <summary>Devices currently connected, by address (for in-process tests).</summary>
    public IReadOnlyDictionary<string, MemoryHardware> Connected => _connected;

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        _logger.LogInformation("Simulated transport: {Count} device(s) declared", _options.Devices.Count);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("Not started.");
        foreach (var device in _options.Devices)
            host.DeviceFound(IdentityOf(device));
        host.ScanningFinished();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopScanningAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        var options = _options.Devices.FirstOrDefault(d => AddressOf(d) == identity.Address)
            ?? throw new HardwareException($"No simulated device at {identity.Address}.");
        var endpoints = options.Endpoints
            ?? specifier.Btle?.Services.Values.SelectMany(m => m.Keys).Distinct().ToList()
            ?? [Endpoints.Tx, Endpoints.Rx];
        var hardware = new MemoryHardware(identity, endpoints);
        foreach (var reply in options.Replies)
            hardware.AddReply(new ScriptedReply(reply.Endpoint, ByteText.Parse(reply.When), reply.ReplyEndpoint, ByteText.Parse(reply.Reply)));
        foreach (var (endpoint, value) in options.Reads)
            hardware.SetReadValue(endpoint, ByteText.Parse(value));
        if (_trace is { } trace)
            hardware.OperationRecorded += (_, op) => trace.Write(identity.Address, identity.Name, op);
        hardware.Disconnected += (_, _) => _connected.TryRemove(identity.Address, out _);
        hardware.RecordConnect();
        _connected[identity.Address] = hardware;
        return Task.FromResult<IHardware>(hardware);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var hardware in _connected.Values)
            await hardware.DisconnectAsync();
    }

    private static string AddressOf(SimulatedDeviceOptions d) => d.Address ?? $"SIM:{d.Name}";

    private static DeviceIdentity IdentityOf(SimulatedDeviceOptions d) => new()
    {
        Transport = "simulated",
        Bus = d.Bus,
        Address = AddressOf(d),
        Name = d.Name,
        AdvertisedServices = d.AdvertisedServices,
        ManufacturerData = d.ManufacturerData.ToDictionary(kv => kv.Key, kv => Convert.FromHexString(kv.Value)),
        VendorId = d.VendorId,
        ProductId = d.ProductId,
    };
}
