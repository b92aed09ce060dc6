using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Aneros.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new AnerosPlugin().Configure(builder);
        Assert.Equal(["aneros"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
