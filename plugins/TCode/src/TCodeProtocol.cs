using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TCode;

/// <summary>
/// TCode v0.3 (<c>tcode-v03</c>). Devices have no way to identify themselves, so the model is the
/// definition's default (one linear axis) unless the user assigns a configuration to the port name.
/// </summary>
public sealed class TCodeProtocol : ProtocolBase
{
    /// <summary>The protocol's name in device definitions.</summary>
    public const string ProtocolName = "tcode-v03";

    /// <summary>Creates the protocol with the embedded definition.</summary>
    public TCodeProtocol() : base(ProtocolName) { }

    /// <summary>Creates the protocol with another definition (user configurations, tests).</summary>
    public TCodeProtocol(ProtocolDefinition definition) : base(definition) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new TCodeHandler(device);
}
