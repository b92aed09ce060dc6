using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Synchro.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new SynchroPlugin().Configure(builder);
        Assert.Equal(["synchro"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
