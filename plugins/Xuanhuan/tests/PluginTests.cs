using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Xuanhuan.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new XuanhuanPlugin().Configure(builder);
        Assert.Equal(["xuanhuan"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
