using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>
/// Omorfi: both vibrators travel in one packet <c>[model, speed0, speed1]</c>, so the handler
/// remembers the last speed of each and sends one packet per batch of changes.
/// </summary>
internal sealed class DualVibratorHandler(ProtocolDevice device, VorzeDeviceCode code) : ProtocolHandler(device)
{
    private readonly byte[] _speeds = new byte[2];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var next = (byte[])_speeds.Clone();
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1)
                return HandleOutput(command);
            next[command.FeatureIndex] = (byte)command.Value;
        }
        if (commands.Count == 0)
            return [];
        next.CopyTo(_speeds, 0);
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)code, _speeds[0], _speeds[1]], withResponse: true)];
    }
}
