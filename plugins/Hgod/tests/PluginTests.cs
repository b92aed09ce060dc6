using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Plugins.Hgod.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new HgodPlugin().Configure(builder);
        Assert.Equal(["hgod"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }

    [Theory]
    [InlineData(null, 100)]
    [InlineData("", 100)]
    [InlineData("250", 250)]
    [InlineData("0", 100)]
    [InlineData("-5", 100)]
    [InlineData("fast", 100)]
    public void Repeat_interval_comes_from_configuration(string? text, int ms) =>
        Assert.Equal(TimeSpan.FromMilliseconds(ms), HgodPlugin.ReadRepeatInterval(text, NullLogger.Instance));

    [Fact]
    public void A_bad_repeat_interval_is_logged()
    {
        using var logs = new CollectingLoggerFactory();
        HgodPlugin.ReadRepeatInterval("fast", logs.CreateLogger("hgod"));
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Hgod:RepeatIntervalMs") && l.Message.Contains("fast"));
    }
}
