using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.IToys.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new IToysPlugin().Configure(builder);
        Assert.Equal(["itoys"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
