using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>
/// The sexverse-v5 protocol (Sexverse Heart, Hannibal Kona): one vibrator, the unacknowledged packet
/// <c>AA 03 03 speed 00 00 00</c>.
/// </summary>
public sealed class SexverseV5Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "sexverse-v5";

    private static readonly HashSet<OutputType> Types = [OutputType.Vibrate];

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SexverseV5Protocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SexverseMotorHandler(device, Types,
        (_, speed) => new HardwareWrite(Endpoints.Tx, [0xAA, 0x03, 0x03, speed, 0x00, 0x00, 0x00], WithResponse: false));
}
