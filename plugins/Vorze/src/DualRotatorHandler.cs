using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>
/// UFO TW: both rotators travel in one packet <c>[model, dir|speed0, dir|speed1]</c>, so the handler
/// remembers the last speed of each and sends one packet per batch of changes.
/// </summary>
internal sealed class DualRotatorHandler(ProtocolDevice device, VorzeDeviceCode code) : ProtocolHandler(device)
{
    private readonly int[] _speeds = new int[2];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var next = (int[])_speeds.Clone();
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Rotate || command.FeatureIndex is < 0 or > 1)
                return HandleOutput(command);
            next[command.FeatureIndex] = command.Value;
        }
        if (commands.Count == 0)
            return [];
        next.CopyTo(_speeds, 0);
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)code, RotationByte.Encode(_speeds[0]), RotationByte.Encode(_speeds[1])], withResponse: true)];
    }
}
