using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MagicMotion.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_four_protocols_and_no_transport()
    {
        var builder = new RecordingPluginBuilder();
        new MagicMotionPlugin().Configure(builder);
        Assert.Equal(["magic-motion-1", "magic-motion-2", "magic-motion-3", "magic-motion-4"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
