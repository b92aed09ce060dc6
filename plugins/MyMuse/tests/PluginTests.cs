using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MyMuse.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new MyMusePlugin().Configure(builder);
        Assert.Equal(["mymuselinkplus"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
