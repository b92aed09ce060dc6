using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.AdrienLastic;

/// <summary>
/// The adrienlastic protocol. The toys are recognised by their advertised service
/// <c>00001320-…</c> (their names look like Lovense names); the advertised name selects the model.
/// </summary>
public sealed class AdrienLasticProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "adrienlastic";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public AdrienLasticProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new AdrienLasticHandler(device);
}
