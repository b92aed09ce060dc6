using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Galaku;

/// <summary>
/// Drives a galaku-pump toy: oscillate is the first speed, vibrate the second, both in one encrypted
/// packet written with response; outputs changing together give one packet with the latest speeds.
/// </summary>
internal sealed class GalakuPumpHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly byte[] _speeds = new byte[2];
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            if (command.Type is not (OutputType.Oscillate or OutputType.Vibrate))
                throw new ProtocolException($"{Device.Configuration.Name} cannot {command.Type}.");
        }
        foreach (var command in commands)
        {
            _speeds[command.Type == OutputType.Oscillate ? 0 : 1] = (byte)command.Value;
            _last.Remember(command);
        }
        return [HardwareCommand.Write(Endpoints.Tx, GalakuPackets.Pump(_speeds[0], _speeds[1]), withResponse: true)];
    }

    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
