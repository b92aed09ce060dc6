using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.NexusRevo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new NexusRevoPlugin().Configure(builder);
        Assert.Equal(["nexus-revo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
