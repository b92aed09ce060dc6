using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Luvmazer;

/// <summary>
/// Drives one Luvmazer toy: each output is its own six-byte packet on <c>tx</c>,
/// <c>[A0, function, sub-function, motor, strength, value]</c>. Vibrators are addressed by their
/// feature index; the rotator, the thruster and the air pump have a function of their own. The pump
/// takes strength 0x14 while it runs and 0 when it stops.
/// </summary>
internal sealed class LuvmazerHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte Header = 0xA0;
    private const byte FullStrength = 0x64;
    private const byte PumpStrength = 0x14;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        var value = (byte)command.Value;
        return command.Type switch
        {
            OutputType.Vibrate => [Packet(0x01, 0x00, (byte)command.FeatureIndex, FullStrength, value)],
            OutputType.Rotate => [Packet(0x0F, 0x00, 0x00, FullStrength, value)],
            OutputType.Oscillate => [Packet(0x06, 0x01, 0x00, FullStrength, value)],
            OutputType.Constrict => [Packet(0x0D, 0x00, 0x00, value == 0 ? (byte)0 : PumpStrength, value)],
            _ => base.HandleOutput(command),
        };
    }

    private static HardwareCommand Packet(byte function, byte subFunction, byte motor, byte strength, byte value) =>
        HardwareCommand.Write(Endpoints.Tx, [Header, function, subFunction, motor, strength, value]);
}
