using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Galaku.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_galaku_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new GalakuPlugin().Configure(builder);
        Assert.Equal(["galaku"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
