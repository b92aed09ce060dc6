using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MysteryVibe.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_mysteryvibe_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new MysteryVibePlugin().Configure(builder);
        Assert.Equal(["mysteryvibe", "mysteryvibe-v2"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
