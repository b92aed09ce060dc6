using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.NextLevelRacing;

/// <summary>The nextlevelracing protocol (Next Level Racing HF8 Haptic Gaming Pad, a serial device; the user assigns its port).</summary>
public sealed class NextLevelRacingProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "nextlevelracing";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public NextLevelRacingProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new NextLevelRacingHandler(device);
}
