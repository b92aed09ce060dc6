using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.PrettyLove.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new PrettyLovePlugin().Configure(builder);
        Assert.Equal(["prettylove"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
