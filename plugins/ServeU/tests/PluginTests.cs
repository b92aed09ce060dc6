using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.ServeU.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new ServeUPlugin().Configure(builder);
        Assert.Equal(["serveu"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
