using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Svakom.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_twenty_protocols_and_no_transport()
    {
        var builder = new RecordingPluginBuilder();
        new SvakomPlugin().Configure(builder);
        Assert.Equal(20, builder.Protocols.Count);
        Assert.Empty(builder.Transports);
        Assert.Equal(SvakomProtocol.All().Select(p => p.Name), builder.Protocols.Select(p => p.Name));
        Assert.All(builder.Protocols, p => Assert.StartsWith("svakom-", p.Name, StringComparison.Ordinal));
    }
}
