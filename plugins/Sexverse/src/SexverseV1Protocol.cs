using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>The sexverse-v1 protocol; the advertised name selects the model.</summary>
public sealed class SexverseV1Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "sexverse-v1";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SexverseV1Protocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SexverseV1Handler(device);
}
