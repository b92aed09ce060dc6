using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.TheHandy.Tests;

public class PluginTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Plugin_registers_both_protocols()
    {
        var builder = new RecordingPluginBuilder(Config());
        new TheHandyPlugin().Configure(builder);
        Assert.Equal(["thehandy", "thehandy-v3"], builder.Protocols.Select(p => p.Name).Order());
        Assert.Empty(builder.Transports);
    }

    [Fact]
    public void Options_come_from_the_thehandy_section()
    {
        var defaults = TheHandyPlugin.ReadOptions(Config().GetSection("TheHandy"));
        Assert.Equal((0d, 2000), (defaults.KeepAliveSeconds, defaults.ResponseTimeoutMs));
        var set = TheHandyPlugin.ReadOptions(Config(("TheHandy:KeepAliveSeconds", "5"), ("TheHandy:ResponseTimeoutMs", "500")).GetSection("TheHandy"));
        Assert.Equal((5d, 500), (set.KeepAliveSeconds, set.ResponseTimeoutMs));
        var bad = TheHandyPlugin.ReadOptions(Config(("TheHandy:KeepAliveSeconds", "-1"), ("TheHandy:ResponseTimeoutMs", "x")).GetSection("TheHandy"));
        Assert.Equal((0d, 2000), (bad.KeepAliveSeconds, bad.ResponseTimeoutMs));
    }
}
