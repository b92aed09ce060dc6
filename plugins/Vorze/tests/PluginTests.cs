using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Vorze.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_both_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new VorzePlugin().Configure(builder);
        Assert.Equal(["vorze-cyclone-x", "vorze-sa"], builder.Protocols.Select(p => p.Name).Order());
        Assert.Empty(builder.Transports);
    }
}
