using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kizuna.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new KizunaPlugin().Configure(builder);
        Assert.Equal(["kizuna"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
