using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.FleshyThrust.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new FleshyThrustPlugin().Configure(builder);
        Assert.Equal(["fleshy-thrust"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
