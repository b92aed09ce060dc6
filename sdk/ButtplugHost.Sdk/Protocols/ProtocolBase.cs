using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// A convenient base for <see cref="IProtocol"/>: the definition comes from the plugin's embedded
/// <c>devices.json</c>, and a device is identified by its advertised name unless overridden.
/// </summary>
public abstract class ProtocolBase : IProtocol
{
    /// <summary>Creates the protocol with the definition named <paramref name="name"/> in the embedded <c>devices.json</c>.</summary>
    protected ProtocolBase(string name)
    {
        Definition = DefinitionFile.LoadProtocol(GetType().Assembly, name);
    }

    /// <summary>Creates the protocol with an explicit definition.</summary>
    protected ProtocolBase(ProtocolDefinition definition)
    {
        Definition = definition;
    }

    /// <inheritdoc/>
    public string Name => Definition.Name;

    /// <inheritdoc/>
    public ProtocolDefinition Definition { get; }

    /// <summary>By default the device's advertised name is its identifier.</summary>
    public virtual Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(hardware.Identity.Name);

    /// <inheritdoc/>
    public abstract ProtocolHandler CreateHandler(ProtocolDevice device);
}
