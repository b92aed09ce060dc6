using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>
/// Cyclone X10: a 16-byte HID output report (report id 0) of ASCII digits framed by <c>&lt;</c> … <c>&gt;</c>.
/// Byte 7 is the direction ('0' clockwise, '1' counter-clockwise), byte 8 the speed ('0' + 0–10).
/// A speed of 0 keeps the last direction, as the device's own controller does.
/// </summary>
internal sealed class CycloneXHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const int DirectionOffset = 7;
    private const int SpeedOffset = 8;

    private static readonly byte[] Template =
        [0x00, 0x3C, 0x30, 0x31, 0x35, 0x32, 0x30, 0x30, 0x30, 0x30, 0x30, 0x01, 0x02, 0x03, 0x68, 0x3E];

    private bool _clockwise = true;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Rotate || command.FeatureIndex != 0)
            return base.HandleOutput(command);
        if (command.Value != 0)
            _clockwise = command.Value > 0;
        var report = (byte[])Template.Clone();
        report[DirectionOffset] += (byte)(_clockwise ? 0 : 1);
        report[SpeedOffset] += (byte)Math.Abs(command.Value);
        return [HardwareCommand.Write(Endpoints.Tx, report)];
    }
}
