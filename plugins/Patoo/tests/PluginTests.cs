using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Patoo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new PatooPlugin().Configure(builder);
        Assert.Equal(["patoo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
