using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Hismith;

/// <summary>
/// hismith-mini models (0xCC packets). Channel 3 is the first output and channel 5 the second; which
/// output sits on which channel depends on the model's features: with two vibrators, feature 0
/// vibrates on 3 and feature 1 on 5; a lone vibrator is always on 5; an air pump is on 5 only when it
/// is the second feature. Rotation sends the speed on channel 3, then the direction on channel 1.
/// </summary>
internal sealed class HismithMiniHandler : ProtocolHandler
{
    private const byte FirstChannel = 0x03;
    private const byte SecondChannel = 0x05;
    private const byte DirectionChannel = 0x01;
    private const byte Clockwise = 0xC0;
    private const byte CounterClockwise = 0xC1;
    private static readonly byte[] SprayPacket = [0xCC, 0x0B, 0x01, 0x0C];

    private readonly bool _dualVibrator;
    private readonly bool _constrictIsSecond;

    public HismithMiniHandler(ProtocolDevice device) : base(device)
    {
        _dualVibrator = Features.Count(f => f.Output?.ContainsKey(OutputType.Vibrate) == true) >= 2;
        var features = Features.ToList();
        _constrictIsSecond = features.FindIndex(f => f.Output?.ContainsKey(OutputType.Constrict) == true) == 1;
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        var value = (byte)Math.Abs(command.Value);
        switch (command.Type)
        {
            case OutputType.Oscillate:
                return [Write(FirstChannel, value)];
            case OutputType.Vibrate:
                return [Write(!_dualVibrator || command.FeatureIndex == 1 ? SecondChannel : FirstChannel, value)];
            case OutputType.Constrict:
                return [Write(_constrictIsSecond ? SecondChannel : FirstChannel, value)];
            case OutputType.Rotate:
                return
                [
                    Write(FirstChannel, value),
                    Write(DirectionChannel, command.Value >= 0 ? Clockwise : CounterClockwise),
                ];
            case OutputType.Spray:
                // One spray per command; the device has no power setting.
                return [HardwareCommand.Write(Endpoints.Tx, (byte[])SprayPacket.Clone())];
            default:
                return base.HandleOutput(command);
        }
    }

    private static HardwareCommand Write(byte channel, byte value) => HismithPacket.Write(HismithPacket.MiniHeader, channel, value);
}
