using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MaxPro.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new MaxProPlugin().Configure(builder);
        Assert.Equal(["maxpro"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
