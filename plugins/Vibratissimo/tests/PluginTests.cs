using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Vibratissimo.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new VibratissimoPlugin().Configure(builder);
        Assert.Equal(["vibratissimo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
