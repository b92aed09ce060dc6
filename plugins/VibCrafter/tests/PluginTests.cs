using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.VibCrafter.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new VibCrafterPlugin().Configure(builder);
        Assert.Equal(["vibcrafter"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
