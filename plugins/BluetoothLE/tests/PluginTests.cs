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
    public void Plugin_manifest_is_a_transport()
    {
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        Assert.Equal("transport", manifest.RootElement.GetProperty("kind").GetString());
        Assert.Equal(ButtplugHost.Sdk.Plugins.SdkVersion.Current.ToString(2), manifest.RootElement.GetProperty("sdkVersion").GetString());
    }
}
