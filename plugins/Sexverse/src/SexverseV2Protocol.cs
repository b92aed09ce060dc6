using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>
/// The sexverse-v2 protocol (Sexverse Nolan, HH010, Libo Miao, Duopeak Saphette): start-up
/// <c>AA 04</c>, then one acknowledged packet per motor, <c>AA 03 01 (index + 1) 64 speed</c>, for
/// vibrators and oscillators alike.
/// </summary>
public sealed class SexverseV2Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "sexverse-v2";

    private static readonly HashSet<OutputType> Types = [OutputType.Vibrate, OutputType.Oscillate];

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SexverseV2Protocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SexverseMotorHandler(device, Types,
        (index, speed) => new HardwareWrite(Endpoints.Tx, [0xAA, 0x03, 0x01, (byte)(index + 1), 0x64, speed], WithResponse: true),
        startUp: new HardwareWrite(Endpoints.Tx, [0xAA, 0x04], WithResponse: true));
}
