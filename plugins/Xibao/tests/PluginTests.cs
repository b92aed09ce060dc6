using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Xibao.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new XibaoPlugin().Configure(builder);
        Assert.Equal(["xibao"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
