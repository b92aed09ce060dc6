using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.ActiveJoy;

/// <summary>
/// Drives one ActiveJoy toy: each speed (0–255) is the packet
/// <c>B0 mode strong motor on speed</c> on <c>tx</c>, written without response — mode 1 (vibrate),
/// strong 0, the motor is the feature index, <c>on</c> is 1 unless the speed is 0.
/// </summary>
internal sealed class ActiveJoyHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte Header = 0xB0;
    private const byte VibrateMode = 0x01;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate || Features.All(f => f.Index != command.FeatureIndex || f.Output?.ContainsKey(OutputType.Vibrate) != true))
            return base.HandleOutput(command);
        var speed = (byte)command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, [Header, VibrateMode, 0x00, (byte)command.FeatureIndex, speed == 0 ? (byte)0 : (byte)1, speed])];
    }
}
