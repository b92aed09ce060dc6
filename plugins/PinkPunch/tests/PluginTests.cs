using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.PinkPunch.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new PinkPunchPlugin().Configure(builder);
        Assert.Equal(["pink_punch"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
