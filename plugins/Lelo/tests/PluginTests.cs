using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.Lelo.Tests;

public class PluginTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Plugin_registers_three_protocols()
    {
        var builder = new RecordingPluginBuilder(Config());
        new LeloPlugin().Configure(builder);
        Assert.Equal(["lelo-f1s", "lelo-f1sv2", "lelo-harmony"], builder.Protocols.Select(p => p.Name).Order());
        Assert.Empty(builder.Transports);
    }

    [Fact]
    public void Pairing_timeout_comes_from_the_lelo_section()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), LeloPlugin.ReadOptions(Config().GetSection("Lelo")).PairingTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2.5), LeloPlugin.ReadOptions(Config(("Lelo:PairingTimeoutSeconds", "2.5")).GetSection("Lelo")).PairingTimeout);
        Assert.Equal(Timeout.InfiniteTimeSpan, LeloPlugin.ReadOptions(Config(("Lelo:PairingTimeoutSeconds", "0")).GetSection("Lelo")).PairingTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), LeloPlugin.ReadOptions(Config(("Lelo:PairingTimeoutSeconds", "soon")).GetSection("Lelo")).PairingTimeout);
    }
}
