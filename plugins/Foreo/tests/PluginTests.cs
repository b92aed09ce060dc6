using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Foreo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_foreo_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new ForeoPlugin().Configure(builder);
        Assert.Equal(["foreo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
