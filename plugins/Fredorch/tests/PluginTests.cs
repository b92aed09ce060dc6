using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Fredorch.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_both_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new FredorchPlugin().Configure(builder);
        Assert.Equal(["fredorch", "fredorch-rotary"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
