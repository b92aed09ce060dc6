using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Ankni.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new AnkniPlugin().Configure(builder);
        Assert.Equal(["ankni"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
