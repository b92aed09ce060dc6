using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.TestPlugins.Faulty;

/// <summary>
/// Throws from <see cref="Configure"/> when <c>Faulty:Throw</c> lists <c>Configure</c>; registers a
/// transport (throwing from StartAsync when the list has <c>StartAsync</c>; crashing the process from a
/// thread of its own at the second scan when the list has <c>CrashOnSecondScan</c>) and the "faulty" protocol.
/// With <c>Faulty:ConfigureGate=127.0.0.1:PORT</c>, <see cref="Configure"/> is a slow load the test
/// controls: it connects to that port and blocks until the test sends a byte (or closes the connection).
/// </summary>
public sealed class FaultyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        if (builder.Context.Configuration["Faulty:ConfigureGate"] is { Length: > 0 } gate)
            WaitAtGate(gate);
        var faults = (builder.Context.Configuration["Faulty:Throw"] ?? "").Split(',', StringSplitOptions.TrimEntries);
        if (faults.Contains("Configure"))
            throw new InvalidOperationException("Faulty fails in Configure on purpose");
        builder.AddTransport(new FaultyTransport(faults.Contains("StartAsync"), faults.Contains("CrashOnSecondScan")));
        builder.AddProtocol(new FaultyProtocol());
    }

    // Blocks, as a plugin whose load takes long does, until the test at host:port lets it go.
    private static void WaitAtGate(string gate)
    {
        var (host, port) = (gate[..gate.LastIndexOf(':')], int.Parse(gate[(gate.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        using var client = new System.Net.Sockets.TcpClient();
        client.Connect(host, port);
        _ = client.GetStream().ReadByte();
    }
}

/// <summary>A transport that finds nothing, throws from <see cref="StartAsync"/>, or crashes the process at the second scan.</summary>
public sealed class FaultyTransport(bool throwOnStart, bool crashOnSecondScan = false) : ITransport
{
    private int _scans;

    private ITransportHost? _host;

    /// <inheritdoc/>
    public string Name => "faulty";

    /// <inheritdoc/>
    public Task StartAsync(ITransportHost host, CancellationToken cancellationToken)
    {
        if (throwOnStart)
            throw new InvalidOperationException("Faulty fails in StartAsync on purpose");
        _host = host;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartScanningAsync(CancellationToken cancellationToken)
    {
        if (crashOnSecondScan && Interlocked.Increment(ref _scans) == 2)
        {
            // An exception nobody catches, on a thread of its own: the runtime ends the process.
            new Thread(() => throw new InvalidOperationException("Faulty crashes the process on purpose")) { IsBackground = true }.Start();
        }
        _host?.ScanningFinished();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopScanningAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<IHardware> ConnectAsync(DeviceIdentity identity, CommunicationSpecifier specifier, CancellationToken cancellationToken) =>
        throw new HardwareException("The faulty transport has no devices.");

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Serves devices named FLT-*: "FLT-Identify" throws from identification, "FLT-Init" from
/// initialisation, "FLT-Output" from output translation; others write <c>V{value};</c>.
/// </summary>
public sealed class FaultyProtocol() : ProtocolBase("faulty")
{
    /// <inheritdoc/>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        hardware.Identity.Name == "FLT-Identify"
            ? throw new InvalidOperationException("Faulty fails in IdentifyAsync on purpose")
            : base.IdentifyAsync(hardware, cancellationToken);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new Handler(device);

    private sealed class Handler(ProtocolDevice device) : ProtocolHandler(device)
    {
        public override Task InitializeAsync(CancellationToken cancellationToken) =>
            Device.Hardware.Identity.Name == "FLT-Init"
                ? throw new InvalidOperationException("Faulty fails in InitializeAsync on purpose")
                : Task.CompletedTask;

        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
            Device.Hardware.Identity.Name == "FLT-Output" && command.Value > 0
                ? throw new InvalidOperationException("Faulty fails in HandleOutputs on purpose")
                : [HardwareCommand.Write(Endpoints.Tx, $"V{command.Value};")];
    }
}
