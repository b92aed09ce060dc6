using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lioness.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LionessPlugin().Configure(builder);
        Assert.Equal(["lioness"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
