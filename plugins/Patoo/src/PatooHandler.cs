using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Patoo;

/// <summary>
/// Drives one Patoo toy. It runs one motor at a time: the speed goes to <c>tx</c>, the mode to
/// <c>txmode</c>, both acknowledged. Mode 4 runs the first vibrator; when it is at 0, mode 0x80 runs
/// the second one (Devil) at its speed, and mode 0 with speed 0 stops the toy.
/// </summary>
internal sealed class PatooHandler : ProtocolHandler
{
    private const byte FirstVibratorMode = 0x04;
    private const byte SecondVibratorMode = 0x80;
    private const byte OffMode = 0x00;

    private readonly byte[] _speeds = new byte[2];

    public PatooHandler(ProtocolDevice device) : base(device) { }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1)
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
            _speeds[command.FeatureIndex] = (byte)command.Value;
        // The reference sends speed and mode per output; outputs taking effect together overwrite
        // each other's two writes, so the last pair, which carries every speed, is what is sent.
        var (speed, mode) = _speeds[0] != 0 ? (_speeds[0], FirstVibratorMode)
            : _speeds[1] != 0 ? (_speeds[1], SecondVibratorMode)
            : ((byte)0, OffMode);
        return
        [
            HardwareCommand.Write(Endpoints.Tx, [speed], withResponse: true),
            HardwareCommand.Write(Endpoints.TxMode, [mode], withResponse: true),
        ];
    }
}
