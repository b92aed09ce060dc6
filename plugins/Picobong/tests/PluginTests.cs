using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Picobong.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new PicobongPlugin().Configure(builder);
        Assert.Equal(["picobong"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
