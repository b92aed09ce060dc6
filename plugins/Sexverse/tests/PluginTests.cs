using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sexverse.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_sexverse_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new SexversePlugin().Configure(builder);
        Assert.Equal(["sexverse-v1", "sexverse-v2", "sexverse-v3", "sexverse-v4", "sexverse-v5", "sexverse-lg389"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
