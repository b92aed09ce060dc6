using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.TryFun.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_three_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new TryFunPlugin().Configure(builder);
        Assert.Equal(["tryfun", "tryfun-blackhole", "tryfun-meta2"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
