using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Hid.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_hid_bus_and_the_lovense_dongle()
    {
        var builder = new RecordingPluginBuilder();
        new HidPlugin().Configure(builder);
        Assert.Equal(["hid", "lovense-dongle-hid"], builder.Transports.Select(t => t.Name));
        Assert.Empty(builder.Protocols);
    }
}
