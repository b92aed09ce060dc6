using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Hismith.Tests;

public class PluginTests
{
    private sealed class Builder : IPluginBuilder
    {
        public PluginContext Context { get; } = new(new ConfigurationBuilder().Build(), NullLoggerFactory.Instance, AppContext.BaseDirectory);
        public List<IProtocol> Protocols { get; } = [];
        public void AddTransport(ITransport transport) => throw new InvalidOperationException("No transports expected.");
        public void AddProtocol(IProtocol protocol) => Protocols.Add(protocol);
    }

    [Fact]
    public void Plugin_registers_both_protocols()
    {
        var builder = new Builder();
        new HismithPlugin().Configure(builder);
        Assert.Equal(["hismith", "hismith-mini"], builder.Protocols.Select(p => p.Name).Order());
    }
}
