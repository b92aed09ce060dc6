using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cowgirl;

/// <summary>
/// Drives one Cowgirl saddle. One packet, written with response, carries both motors:
/// <c>[00 01 vibrate rotate]</c> to <c>tx</c>.
/// </summary>
internal sealed class CowgirlHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private byte _vibrate;
    private byte _rotate;
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command is not ({ Type: OutputType.Vibrate, FeatureIndex: 0 } or { Type: OutputType.Rotate, FeatureIndex: 1 }))
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            if (command.Type == OutputType.Vibrate)
                _vibrate = (byte)command.Value;
            else
                _rotate = (byte)command.Value;
            _last.Remember(command);
        }
        // The reference sends the whole packet once per output; outputs changing together get the
        // last of those packets, the one that carries both new values.
        return [HardwareCommand.Write(Endpoints.Tx, [0x00, 0x01, _vibrate, _rotate], withResponse: true)];
    }

    // As the reference: motors already at 0 get no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
