using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Motorbunny.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new MotorbunnyPlugin().Configure(builder);
        Assert.Equal(["motorbunny"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
