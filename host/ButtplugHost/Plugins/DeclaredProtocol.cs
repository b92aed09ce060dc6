using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins;

/// <summary>
/// A protocol as its plugin's data declares it: the definition (from the plugin folder's
/// devices.json) is all matching needs. Identifying and driving a device go to the protocol the
/// plugin's code registered, once <see cref="PluginCatalog.EnsureLoadedAsync"/> has loaded it.
/// </summary>
internal sealed class DeclaredProtocol(ProtocolDefinition definition, DeclaredPlugin plugin) : IProtocol
{
    public string Name => Definition.Name;

    public ProtocolDefinition Definition { get; } = definition;

    public DeclaredPlugin Plugin { get; } = plugin;

    /// <summary>The registered protocol of the loaded plugin; null while the plugin is not loaded.</summary>
    public IProtocol? Implementation => Plugin.Loaded?.Protocols.FirstOrDefault(p => p.Name == Name);

    public Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        Required.IdentifyAsync(hardware, cancellationToken);

    public ProtocolHandler CreateHandler(ProtocolDevice device) => Required.CreateHandler(device);

    private IProtocol Required => Implementation
        ?? throw new InvalidOperationException($"Plugin {Plugin.Id} is not loaded: protocol {Name} has no code yet.");
}
