using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.NextLevelRacing.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new NextLevelRacingPlugin().Configure(builder);
        Assert.Equal(["nextlevelracing"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
