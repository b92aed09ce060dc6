using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Picobong;

/// <summary>The picobong protocol: the advertised name selects the model (several names per model).</summary>
public sealed class PicobongProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "picobong";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public PicobongProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new PicobongHandler(device);
}
