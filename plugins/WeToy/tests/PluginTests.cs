using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.WeToy.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new WeToyPlugin().Configure(builder);
        Assert.Equal(["wetoy"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
