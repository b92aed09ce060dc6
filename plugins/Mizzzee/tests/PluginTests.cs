using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Mizzzee.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_three_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new MizzzeePlugin().Configure(builder);
        Assert.Equal(["mizzzee", "mizzzee-v2", "mizzzee-v3"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
