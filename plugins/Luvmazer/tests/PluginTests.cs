using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Luvmazer.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LuvmazerPlugin().Configure(builder);
        Assert.Equal(["luvmazer"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
