using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sakuraneko.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new SakuranekoPlugin().Configure(builder);
        Assert.Equal(["sakuraneko"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
