using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// svakom-v4, -v5, -v6 and -barney: vibrators 0 and 1 share one packet (<see cref="CombinedVibratorPacket"/>),
/// sent once per call whichever of them changed. v5 adds oscillate (<c>55 09 00 00 S 00</c>), v6 a third
/// vibrator (<c>55 07 00 00 on S 00</c>), each in its own packet.
/// </summary>
internal sealed class CombinedVibratorHandler : SlotWriteHandler
{
    private const string CombinedSlot = "vibrators";

    private readonly Variant _variant;
    private readonly bool _singleVibrator;
    private readonly byte[] _speeds = new byte[2];

    public CombinedVibratorHandler(ProtocolDevice device, Variant variant) : base(device)
    {
        _variant = variant;
        // v5 ignores the vibrator count: its one-vibrator models still say "first only".
        _singleVibrator = variant != Variant.V5 && CountVibrators() == 1;
    }

    /// <summary>The variants, which differ in power byte, packet length and extra outputs.</summary>
    public enum Variant
    {
        /// <summary>svakom-v4: power 01, trailing 00.</summary>
        V4,
        /// <summary>svakom-barney: power 03, trailing 00.</summary>
        Barney,
        /// <summary>svakom-v5: power 01, no trailing byte, oscillate.</summary>
        V5,
        /// <summary>svakom-v6: power 01, trailing 00, third vibrator.</summary>
        V6,
    }

    protected override bool Supports(OutputCommand command) => command switch
    {
        { Type: OutputType.Vibrate, FeatureIndex: 0 or 1 } => true,
        { Type: OutputType.Vibrate, FeatureIndex: 2 } => _variant == Variant.V6,
        { Type: OutputType.Oscillate } => _variant == Variant.V5,
        _ => false,
    };

    protected override IEnumerable<SlotWrite> Translate(OutputCommand command)
    {
        var level = (byte)command.Value;
        if (command.Type == OutputType.Oscillate)
        {
            yield return Tx(FeatureSlot(command.FeatureIndex), [0x55, 0x09, 0x00, 0x00, level, 0x00]);
            yield break;
        }
        if (command.FeatureIndex == 2)
        {
            yield return Tx(FeatureSlot(2), [0x55, 0x07, 0x00, 0x00, level == 0 ? (byte)0x00 : (byte)0x01, level, 0x00]);
            yield break;
        }
        _speeds[command.FeatureIndex] = level;
        yield return Tx(CombinedSlot, CombinedVibratorPacket.Build(
            _speeds[0], _speeds[1], _singleVibrator,
            powerByte: _variant == Variant.Barney ? (byte)0x03 : (byte)0x01,
            trailingZero: _variant != Variant.V5));
    }
}
