using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// The <c>lovense-connect-service</c> protocol: toys the Lovense Connect app reports, identified by the
/// model name the app gives (<c>Lush</c>, <c>Max</c>, …; 24 models, the reference's definitions).
/// </summary>
public sealed class LovenseConnectProtocol : ProtocolBase
{
    /// <summary>The protocol name, as in the reference's device configuration.</summary>
    public const string ProtocolName = "lovense-connect-service";

    /// <summary>Creates the protocol with its embedded definitions.</summary>
    public LovenseConnectProtocol()
        : base(ProtocolName)
    {
    }

    /// <summary>
    /// The model name the app reports. The reference matches it exactly (<c>Lush</c>); a name that
    /// differs from a known model only in case (<c>lush</c>) is taken as that model.
    /// </summary>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken)
    {
        var name = hardware.Identity.Name;
        var known = Definition.Configurations.SelectMany(c => c.Identifier)
            .FirstOrDefault(i => string.Equals(i, name, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult<string?>(Definition.Configurations.Any(c => c.Identifier.Contains(name)) ? name : known ?? name);
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LovenseConnectHandler(device);
}
