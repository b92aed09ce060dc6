using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Nobra.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new NobraPlugin().Configure(builder);
        Assert.Equal(["nobra"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
