using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Meese.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new MeesePlugin().Configure(builder);
        Assert.Equal(["meese"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
