using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Galaku.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_both_galaku_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new GalakuPlugin().Configure(builder);
        Assert.Equal(["galaku", "galaku-pump"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
