using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.LoveDistance.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LoveDistancePlugin().Configure(builder);
        Assert.Equal(["lovedistance"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
