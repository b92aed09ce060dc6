using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Omobo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new OmoboPlugin().Configure(builder);
        Assert.Equal(["omobo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
