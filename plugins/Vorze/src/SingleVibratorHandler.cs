using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>Bach, Rocket: <c>[model, 0x03, speed]</c>.</summary>
internal sealed class SingleVibratorHandler(ProtocolDevice device, VorzeDeviceCode code) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate || command.FeatureIndex != 0)
            return base.HandleOutput(command);
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)code, (byte)VorzeAction.Vibrate, (byte)command.Value], withResponse: true)];
    }
}
