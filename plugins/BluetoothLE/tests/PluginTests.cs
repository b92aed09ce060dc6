using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.BluetoothLE.Tests;

public class PluginTests
{
    private sealed class Builder(PluginContext context) : IPluginBuilder
    {
        public List<ITransport> Transports { get; } = [];

        public PluginContext Context { get; } = context;

        public void AddTransport(ITransport transport) => Transports.Add(transport);

        public void AddProtocol(IProtocol protocol) => throw new InvalidOperationException("A transport plugin registers no protocol.");
    }

    [Fact]
    public void Plugin_registers_the_btle_transport()
    {
        var builder = new Builder(new PluginContext(new ConfigurationBuilder().Build(), new ListLoggerFactory(), AppContext.BaseDirectory));
        new BluetoothLEPlugin().Configure(builder);
        var transport = Assert.Single(builder.Transports);
        Assert.Equal("btle", transport.Name);
    }

    [Fact]
    public async Task The_Windows_adapter_on_this_system_reports_Windows_only_without_throwing()
    {
        if (OperatingSystem.IsWindows())
            return; // checks the behaviour on every other system
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BluetoothLE:Backend"] = "WinRT" }).Build();
        var builder = new Builder(new PluginContext(configuration, new ListLoggerFactory(), AppContext.BaseDirectory));
        new BluetoothLEPlugin().Configure(builder);
        var transport = Assert.Single(builder.Transports);
        var host = new RecordingTransportHost(TestDevices.Lovense());

        await transport.StartAsync(host, CancellationToken.None);
        Assert.StartsWith("Windows only", Assert.Single(host.Unavailable), StringComparison.Ordinal);
        await transport.StartScanningAsync(CancellationToken.None);
        Assert.Equal(1, host.ScanningFinishedCount);
        await Assert.ThrowsAsync<Sdk.Hardware.HardwareException>(() => transport.ConnectAsync(
            new() { Transport = "btle", Bus = BusKind.BluetoothLE, Address = TestDevices.Address }, TestDevices.Lovense(), CancellationToken.None));
        await transport.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void The_plugin_folder_carries_the_WinRT_projection()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Microsoft.Windows.SDK.NET.dll")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "WinRT.Runtime.dll")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Tmds.DBus.Protocol.dll")));
    }

    [Fact]
    public void Plugin_manifest_is_a_transport()
    {
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        Assert.Equal("transport", manifest.RootElement.GetProperty("kind").GetString());
        Assert.Equal(ButtplugHost.Sdk.Plugins.SdkVersion.Current.ToString(2), manifest.RootElement.GetProperty("sdkVersion").GetString());
    }
}
