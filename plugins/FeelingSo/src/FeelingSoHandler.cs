using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.FeelingSo;

/// <summary>
/// Drives one FeelingSo Flair Feel: one packet carries both motors,
/// <c>AA 40 03 vibrate oscillate 14 19</c> on <c>tx</c>, without response (0–19 each; the two
/// trailing bytes are constant, as in the reference). Outputs changing together give one packet.
/// </summary>
internal sealed class FeelingSoHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private byte _vibrate;
    private byte _oscillate;

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command is not ({ Type: OutputType.Vibrate, FeatureIndex: 0 } or { Type: OutputType.Oscillate, FeatureIndex: 1 }))
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            if (command.Type == OutputType.Vibrate)
                _vibrate = (byte)command.Value;
            else
                _oscillate = (byte)command.Value;
        }
        return [HardwareCommand.Write(Endpoints.Tx, [0xAA, 0x40, 0x03, _vibrate, _oscillate, 0x14, 0x19])];
    }
}
