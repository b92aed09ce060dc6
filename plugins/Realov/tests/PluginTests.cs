using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Realov.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new RealovPlugin().Configure(builder);
        Assert.Equal(["realov"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
