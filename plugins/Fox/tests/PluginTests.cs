using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Fox.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new FoxPlugin().Configure(builder);
        Assert.Equal(["fox"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
