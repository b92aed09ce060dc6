using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.AdrienLastic.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new AdrienLasticPlugin().Configure(builder);
        Assert.Equal(["adrienlastic"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
