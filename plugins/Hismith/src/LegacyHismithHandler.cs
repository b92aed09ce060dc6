using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Hismith;

/// <summary>
/// Legacy Hismith models (0xAA packets). The machine's stroke and a Wildolo's only vibrator use
/// channel 4; the vibrator of the thrusting cup and the G011 (feature 1) uses channel 6, where
/// "off" is 0xF0 rather than 0.
/// </summary>
internal sealed class LegacyHismithHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte MainChannel = 0x04;
    private const byte SecondVibratorChannel = 0x06;
    private const byte SecondVibratorOff = 0xF0;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        var value = (byte)command.Value;
        switch (command.Type)
        {
            case OutputType.Oscillate:
                return [HismithPacket.Write(HismithPacket.LegacyHeader, MainChannel, value)];
            case OutputType.Vibrate when command.FeatureIndex == 0:
                return [HismithPacket.Write(HismithPacket.LegacyHeader, MainChannel, value)];
            case OutputType.Vibrate:
                return [HismithPacket.Write(HismithPacket.LegacyHeader, SecondVibratorChannel, value == 0 ? SecondVibratorOff : value)];
            default:
                return base.HandleOutput(command);
        }
    }
}
