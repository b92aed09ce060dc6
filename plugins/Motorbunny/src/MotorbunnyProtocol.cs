using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Motorbunny;

/// <summary>The motorbunny protocol: the advertised name selects the model.</summary>
public sealed class MotorbunnyProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "motorbunny";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public MotorbunnyProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MotorbunnyHandler(device);
}
