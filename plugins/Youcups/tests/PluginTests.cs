using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Youcups.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new YoucupsPlugin().Configure(builder);
        Assert.Equal(["youcups"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
