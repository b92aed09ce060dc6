using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lovehoney.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LovehoneyPlugin().Configure(builder);
        Assert.Equal(["lovehoney-desire"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
