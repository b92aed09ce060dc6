using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Cupido.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new CupidoPlugin().Configure(builder);
        Assert.Equal(["cupido"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
