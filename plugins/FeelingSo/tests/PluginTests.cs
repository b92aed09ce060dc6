using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.FeelingSo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new FeelingSoPlugin().Configure(builder);
        Assert.Equal(["feelingso"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
