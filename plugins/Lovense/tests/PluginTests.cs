using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Lovense.Tests;

public class PluginTests
{
    [Fact]
    public void Options_are_read_from_the_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lovense:IdentifyReplyTimeoutMs"] = "50",
            ["Lovense:IdentifyRetries"] = "2",
            ["Lovense:BatteryReplyTimeoutMs"] = "nonsense",
        }).Build();

        var options = LovenseOptions.FromConfiguration(configuration.GetSection("Lovense"));

        Assert.Equal(TimeSpan.FromMilliseconds(50), options.IdentifyReplyTimeout);
        Assert.Equal(2, options.IdentifyRetries);
        Assert.Equal(new LovenseOptions().BatteryReplyTimeout, options.BatteryReplyTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.StrokerTick);
    }

    [Fact]
    public void Plugin_registers_the_lovense_protocol()
    {
        var builder = new RecordingBuilder();
        new LovensePlugin().Configure(builder);
        var protocol = Assert.Single(builder.Protocols);
        Assert.Equal("lovense", protocol.Name);
        Assert.Empty(builder.Transports);
    }

    private sealed class RecordingBuilder : IPluginBuilder
    {
        public PluginContext Context { get; } = new(new ConfigurationBuilder().Build(), NullLoggerFactory.Instance, AppContext.BaseDirectory);
        public List<IProtocol> Protocols { get; } = [];
        public List<ITransport> Transports { get; } = [];
        public void AddProtocol(IProtocol protocol) => Protocols.Add(protocol);
        public void AddTransport(ITransport transport) => Transports.Add(transport);
    }
}
