using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins;

/// <summary>Collects what one plugin registers during <see cref="IButtplugPlugin.Configure"/>.</summary>
internal sealed class PluginBuilder(PluginContext context, LoadedPlugin plugin) : IPluginBuilder
{
    public PluginContext Context { get; } = context;

    public void AddTransport(ITransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        plugin.Transports.Add(transport);
    }

    public void AddProtocol(IProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (string.IsNullOrEmpty(protocol.Name))
            throw new ArgumentException("A protocol needs a name.", nameof(protocol));
        plugin.Protocols.Add(protocol);
    }
}
