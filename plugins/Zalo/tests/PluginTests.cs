using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Zalo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new ZaloPlugin().Configure(builder);
        Assert.Equal(["zalo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
