using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.DeepSire.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new DeepSirePlugin().Configure(builder);
        Assert.Equal(["deepsire"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
