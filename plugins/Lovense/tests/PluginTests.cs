using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Configuration;

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
        var builder = new RecordingPluginBuilder();
        new LovensePlugin().Configure(builder);
        var protocol = Assert.Single(builder.Protocols);
        Assert.Equal("lovense", protocol.Name);
        Assert.Empty(builder.Transports);
    }
}
