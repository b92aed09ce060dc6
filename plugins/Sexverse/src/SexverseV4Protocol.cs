using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>
/// The sexverse-v4 protocol (Sexverse G1 Vibrator, Dark Knight, VVD Vkini): one vibrator, the
/// acknowledged packet <c>BB 01 speed 66</c>.
/// </summary>
public sealed class SexverseV4Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "sexverse-v4";

    private static readonly HashSet<OutputType> Types = [OutputType.Vibrate];

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SexverseV4Protocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SexverseMotorHandler(device, Types,
        (_, speed) => new HardwareWrite(Endpoints.Tx, [0xBB, 0x01, speed, 0x66], WithResponse: true));
}
