using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Leten.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LetenPlugin().Configure(builder);
        Assert.Equal(["leten"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
