using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Htk.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new HtkPlugin().Configure(builder);
        Assert.Equal(["htk_bm"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
