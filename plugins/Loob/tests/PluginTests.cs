using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Loob.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LoobPlugin().Configure(builder);
        Assert.Equal(["loob"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
