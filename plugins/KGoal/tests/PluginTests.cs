using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.KGoal.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new KGoalPlugin().Configure(builder);
        Assert.Equal(["kgoal-boost"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
