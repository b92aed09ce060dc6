using System.Collections.Concurrent;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AcmeBus;

/// <summary>
/// The "acmebus" transport. This sample "finds" the devices listed in the host configuration
/// (<c>AcmeBus:Devices:0:Name</c>, <c>…:Address</c>) and hands out <see cref="AcmeBusHardware"/>;
/// replace the discovery in <see cref="StartScanningAsync"/> and the I/O in the hardware with the
/// real bus. Devices are reported as Bluetooth-LE-like so that protocols match them by name.
/// </summary>
public sealed class AcmeBusTransport : ITransport
{
    private readonly ILogger _logger;
    private readonly List<AcmeBusDevice> _devices = [];
    private readonly ConcurrentDictionary<string, AcmeBusHardware> _connected = new();
    private ITransportHost? _host;

    /// <summary>Creates the transport from the host's configuration.</summary>
    public AcmeBusTransport(PluginContext context)
    {
        _logger = context.LoggerFactory.CreateLogger("AcmeBus");
        foreach (var device in context.Configuration.GetSection("AcmeBus:Devices").GetChildren())
        {
            if (device["Name"] is { Length: > 0 } name)
                _devices.Add(new AcmeBusDevice(name, device["Address"] ?? name));
        }
    }

    /// <inheritdoc/>
    public string Name => "acmebus";

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        _host = host;
        if (_devices.Count == 0)
            host.ReportUnavailable("no devices configured in AcmeBus:Devices");
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        var host = _host ?? throw new InvalidOperationException("The transport was not started.");
        foreach (var device in _devices)
        {
            host.DeviceFound(new DeviceIdentity { Transport = Name, Bus = BusKind.BluetoothLE, Address = device.Address, Name = device.Name });
        }
        host.ScanningFinished();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopScanningAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken)
    {
        // The endpoints are those the matched definition names (tx, rx, …).
        var endpoints = specifier.Btle?.Services.Values.SelectMany(map => map.Keys).Distinct().ToList() ?? [Endpoints.Tx];
        var hardware = new AcmeBusHardware(identity, endpoints, _logger);
        hardware.Disconnected += (_, _) => _connected.TryRemove(identity.Address, out _);
        _connected[identity.Address] = hardware;
        return Task.FromResult<IHardware>(hardware);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var hardware in _connected.Values)
            await hardware.DisconnectAsync();
    }
}
