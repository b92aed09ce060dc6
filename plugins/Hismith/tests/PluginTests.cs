using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Hismith.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_both_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new HismithPlugin().Configure(builder);
        Assert.Equal(["hismith", "hismith-mini"], builder.Protocols.Select(p => p.Name).Order());
        Assert.Empty(builder.Transports);
    }
}
