using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Youou.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new YououPlugin().Configure(builder);
        Assert.Equal(["youou"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
