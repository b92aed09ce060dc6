using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.LovenseConnect.Tests;

/// <summary>A started Lovense Connect transport pointed at a fake app, with fast polling.</summary>
internal sealed class TransportFixture : IAsyncDisposable
{
    private TransportFixture(FakeLovenseConnectApp app, LovenseConnectTransport transport, RecordingTransportHost host)
    {
        App = app;
        Transport = transport;
        Host = host;
    }

    public FakeLovenseConnectApp App { get; }

    public LovenseConnectTransport Transport { get; }

    public RecordingTransportHost Host { get; }

    public static readonly CommunicationSpecifier Specifier = new() { LovenseConnectService = new ExistsSpecifier() };

    /// <summary>Starts a fake app and a transport; <paramref name="settings"/> override the defaults (app in Hosts, no discovery, 50 ms polls).</summary>
    public static async Task<TransportFixture> StartAsync(params (string Key, string? Value)[] settings)
    {
        var app = await FakeLovenseConnectApp.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["LovenseConnect:Enabled"] = "true",
            ["LovenseConnect:Hosts:0"] = app.Address,
            ["LovenseConnect:DiscoveryUrl"] = "",
            ["LovenseConnect:PollIntervalMs"] = "50",
            ["LovenseConnect:RequestTimeoutMs"] = "5000",
        };
        foreach (var (key, value) in settings)
            values[key] = value;
        var transport = Create(values);
        var host = new RecordingTransportHost();
        await transport.StartAsync(host, CancellationToken.None);
        return new TransportFixture(app, transport, host);
    }

    public static LovenseConnectTransport Create(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new LovenseConnectTransport(new RecordingPluginBuilder(configuration).Context);
    }

    /// <summary>Scans until a toy is found, and connects it.</summary>
    public async Task<IHardware> FindAndConnectAsync()
    {
        await Transport.StartScanningAsync(CancellationToken.None);
        var identity = await Host.NextFoundAsync(10_000);
        return await Transport.ConnectAsync(identity, Specifier, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Transport.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
    }
}
