using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Lelo.Tests;

public class PluginTests
{
    private sealed class Builder(IConfiguration configuration) : IPluginBuilder
    {
        public PluginContext Context { get; } = new(configuration, NullLoggerFactory.Instance, AppContext.BaseDirectory);
        public List<IProtocol> Protocols { get; } = [];
        public void AddTransport(ITransport transport) => throw new InvalidOperationException("No transports expected.");
        public void AddProtocol(IProtocol protocol) => Protocols.Add(protocol);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Plugin_registers_three_protocols()
    {
        var builder = new Builder(Config());
        new LeloPlugin().Configure(builder);
        Assert.Equal(["lelo-f1s", "lelo-f1sv2", "lelo-harmony"], builder.Protocols.Select(p => p.Name).Order());
    }

    [Fact]
    public void Pairing_timeout_comes_from_the_lelo_section()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), LeloPlugin.ReadOptions(Config().GetSection("Lelo")).PairingTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2.5), LeloPlugin.ReadOptions(Config(("Lelo:PairingTimeoutSeconds", "2.5")).GetSection("Lelo")).PairingTimeout);
        Assert.Equal(Timeout.InfiniteTimeSpan, LeloPlugin.ReadOptions(Config(("Lelo:PairingTimeoutSeconds", "0")).GetSection("Lelo")).PairingTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), LeloPlugin.ReadOptions(Config(("Lelo:PairingTimeoutSeconds", "soon")).GetSection("Lelo")).PairingTimeout);
    }
}
