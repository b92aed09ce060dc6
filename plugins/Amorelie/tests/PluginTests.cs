using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Amorelie.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new AmoreliePlugin().Configure(builder);
        Assert.Equal(["amorelie-joy"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
