using ButtplugHost.Sdk.Testing;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.Serial.Tests;

/// <summary>A started serial transport with the given settings, enumerating nothing but what a test adds.</summary>
internal sealed class SerialFixture : IAsyncDisposable
{
    private SerialFixture(SerialTransport transport, RecordingTransportHost host, CollectingLoggerFactory logs)
    {
        Transport = transport;
        Host = host;
        Logs = logs;
    }

    public SerialTransport Transport { get; }

    public RecordingTransportHost Host { get; }

    public CollectingLoggerFactory Logs { get; }

    /// <summary>The settings TCode devices use (115200 8N1) for <paramref name="port"/>.</summary>
    public static CommunicationSpecifier Specifier(string port, string parity = "N", int stopBits = 1) =>
        new() { Serial = new SerialSpecifier { Port = port, BaudRate = 115200, DataBits = 8, Parity = parity, StopBits = stopBits } };

    public static async Task<SerialFixture> StartAsync(IEnumerable<string> ports, IEnumerable<(string Key, string Value)>? settings = null,
        string? byIdDirectory = null, Func<IEnumerable<string>>? portNames = null)
    {
        var values = new Dictionary<string, string?> { ["Serial:RescanIntervalMs"] = "100" };
        var i = 0;
        foreach (var port in ports)
            values[$"Serial:Ports:{i++}"] = port;
        foreach (var (key, value) in settings ?? [])
            values[key] = value;
        var logs = new CollectingLoggerFactory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var transport = new SerialTransport(new PluginContext(configuration, logs, AppContext.BaseDirectory),
            byIdDirectory ?? "/nonexistent/by-id", portNames ?? (() => []));
        var host = new RecordingTransportHost();
        await transport.StartAsync(host, CancellationToken.None);
        return new SerialFixture(transport, host, logs);
    }

    public async ValueTask DisposeAsync() => await Transport.StopAsync(CancellationToken.None);
}
