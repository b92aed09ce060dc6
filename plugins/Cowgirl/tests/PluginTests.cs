using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Cowgirl.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new CowgirlPlugin().Configure(builder);
        Assert.Equal(["cowgirl", "cowgirl-cone"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
