using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>A10 Cyclone SA, UFO SA: <c>[model, 0x01, dir|speed]</c>.</summary>
internal sealed class SingleRotatorHandler(ProtocolDevice device, VorzeDeviceCode code) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Rotate || command.FeatureIndex != 0)
            return base.HandleOutput(command);
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)code, (byte)VorzeAction.Rotate, RotationByte.Encode(command.Value)], withResponse: true)];
    }
}
