using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>
/// The vorze-sa BLE protocol. Every model writes 3-byte packets to <c>tx</c>, acknowledged; the first
/// byte names the model and the layout of the other two depends on it (see <see cref="VorzePacketLayout"/>).
/// </summary>
public sealed class VorzeSAProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public VorzeSAProtocol() : base("vorze-sa") { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device)
    {
        var kind = VorzeModelKind.FromName(device.Configuration.Identifier)
            ?? VorzeModelKind.FromName(device.Hardware.Identity.Name)
            ?? throw new ProtocolException($"No vorze-sa packet layout is known for the device named '{device.Hardware.Identity.Name}'.");
        return kind.Layout switch
        {
            VorzePacketLayout.SingleRotator => new SingleRotatorHandler(device, kind.Code),
            VorzePacketLayout.DualRotator => new DualRotatorHandler(device, kind.Code),
            VorzePacketLayout.SingleVibrator => new SingleVibratorHandler(device, kind.Code),
            VorzePacketLayout.DualVibrator => new DualVibratorHandler(device, kind.Code),
            VorzePacketLayout.Piston => new PistonHandler(device, kind.Code),
            _ => throw new ProtocolException($"Unknown vorze-sa layout {kind.Layout}."),
        };
    }
}
