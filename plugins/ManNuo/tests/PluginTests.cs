using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.ManNuo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new ManNuoPlugin().Configure(builder);
        Assert.Equal(["mannuo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
