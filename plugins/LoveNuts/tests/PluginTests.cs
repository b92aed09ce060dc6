using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.LoveNuts.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LoveNutsPlugin().Configure(builder);
        Assert.Equal(["lovenuts"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
