using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Xiuxiuda.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new XiuxiudaPlugin().Configure(builder);
        Assert.Equal(["xiuxiuda"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
