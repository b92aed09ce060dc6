using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace ButtplugHost.Plugins.MagicMotion.Tests;

public class PluginTests
{
    [Fact]
    public void Plugin_registers_the_four_protocols_and_no_transport()
    {
        var builder = new RecordingBuilder();
        new MagicMotionPlugin().Configure(builder);
        Assert.Equal(["magic-motion-1", "magic-motion-2", "magic-motion-3", "magic-motion-4"], builder.Protocols.Select(p => p.Name));
    }

    private sealed class RecordingBuilder : IPluginBuilder
    {
        public PluginContext Context { get; } = new(new EmptyConfiguration(), NullLoggerFactory.Instance, AppContext.BaseDirectory);
        public List<IProtocol> Protocols { get; } = [];
        public void AddTransport(ITransport transport) => throw new InvalidOperationException("Magic Motion has no transport.");
        public void AddProtocol(IProtocol protocol) => Protocols.Add(protocol);
    }

    private sealed class EmptyConfiguration : IConfiguration
    {
        public string? this[string key] { get => null; set { } }
        public IEnumerable<IConfigurationSection> GetChildren() => [];
        public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);
        public IConfigurationSection GetSection(string key) => throw new NotSupportedException();
    }
}
