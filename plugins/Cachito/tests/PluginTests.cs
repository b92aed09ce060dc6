using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Cachito.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new CachitoPlugin().Configure(builder);
        Assert.Equal(["cachito"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
