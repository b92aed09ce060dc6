using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Sdk.Tests;

public class RecordingPluginBuilderTests
{
    private sealed class EchoPlugin : IButtplugPlugin
    {
        public string? SeenSetting { get; private set; }

        public void Configure(IPluginBuilder builder)
        {
            SeenSetting = builder.Context.Configuration.GetSection("Echo")["Setting"];
            builder.AddProtocol(new EchoProtocol());
        }
    }

    [Fact]
    public void Records_protocols_and_gives_an_empty_configuration_by_default()
    {
        var plugin = new EchoPlugin();
        var builder = new RecordingPluginBuilder();
        plugin.Configure(builder);
        Assert.Equal(["echo"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
        Assert.Null(plugin.SeenSetting);
        Assert.Equal("Echo:Setting", builder.Context.Configuration.GetSection("Echo").GetSection("Setting").Path);
        Assert.Equal(AppContext.BaseDirectory, builder.Context.PluginDirectory);
    }

    [Fact]
    public void Passes_the_given_configuration_to_the_plugin()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Echo:Setting", (string?)"on")]).Build();
        var plugin = new EchoPlugin();
        Assert.Single(RecordingPluginBuilder.ProtocolsOf(plugin, configuration));
        Assert.Equal("on", plugin.SeenSetting);
    }
}
