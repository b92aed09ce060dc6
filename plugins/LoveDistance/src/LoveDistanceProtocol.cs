using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.LoveDistance;

/// <summary>The lovedistance protocol; the advertised name selects the model.</summary>
public sealed class LoveDistanceProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "lovedistance";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LoveDistanceProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LoveDistanceHandler(device);
}
