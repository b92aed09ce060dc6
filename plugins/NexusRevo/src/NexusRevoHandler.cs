using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.NexusRevo;

/// <summary>
/// Drives the Revo Stealth; every packet is acknowledged on <c>tx</c>. The vibrator (0–10) is
/// <c>AA 01 01 00 01 speed</c>; the rotator (-2–2, clockwise positive) is <c>AA 01 02 00 r 00</c>,
/// where r is the magnitude, plus 2 when clockwise: 0 off, 1–2 counter-clockwise, 3–4 clockwise.
/// </summary>
internal sealed class NexusRevoHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte ClockwiseOffset = 2;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command switch
    {
        { Type: OutputType.Vibrate, FeatureIndex: 0 } => [Packet([0xAA, 0x01, 0x01, 0x00, 0x01, (byte)command.Value])],
        { Type: OutputType.Rotate, FeatureIndex: 1 } =>
            [Packet([0xAA, 0x01, 0x02, 0x00, (byte)(Math.Abs(command.Value) + (command.Value > 0 ? ClockwiseOffset : 0)), 0x00])],
        _ => base.HandleOutput(command),
    };

    private static HardwareCommand Packet(byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
