using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.ActiveJoy.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new ActiveJoyPlugin().Configure(builder);
        Assert.Equal(["activejoy"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
