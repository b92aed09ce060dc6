using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// A vendor protocol: the devices it serves (its <see cref="Definition"/>), how to tell which model a
/// connected device is, and a handler per connected device that turns generic commands into bytes.
/// Most protocols derive from <see cref="ProtocolBase"/>.
/// </summary>
public interface IProtocol
{
    /// <summary>The protocol's name; equals <see cref="ProtocolDefinition.Name"/>.</summary>
    string Name { get; }

    /// <summary>The devices this protocol serves.</summary>
    ProtocolDefinition Definition { get; }

    /// <summary>
    /// Finds the identifier that selects the device's model in <see cref="Definition"/> (e.g. asking a
    /// Lovense toy <c>DeviceType;</c>). Runs right after connecting, before any command.
    /// </summary>
    /// <returns>The identifier; null to use the definition's defaults.</returns>
    Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken);

    /// <summary>Creates the handler of one connected device of the resolved model.</summary>
    ProtocolHandler CreateHandler(ProtocolDevice device);
}
