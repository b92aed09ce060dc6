using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// The packets of the Svakom variants that keep no state: each output is one packet to <c>tx</c>.
/// Most start with 0x55 and a command byte (03 vibrate, 07 third motor, 08 oscillate/rotate,
/// 09 suction/constrict/second motor), followed by a mode, 00, and the level; what goes where differs
/// by toy family.
/// </summary>
internal static class FeaturePackets
{
    private static readonly IReadOnlySet<OutputType> Vibrate = Types(OutputType.Vibrate);

    /// <summary>svakom-alex: <c>12 01 03 00 S 00</c>, S = FF when stopping.</summary>
    public static FeaturePacketFormat Alex { get; } = new(Vibrate, false,
        c => [18, 1, 3, 0, c.Value == 0 ? (byte)0xff : Level(c), 0]);

    /// <summary>svakom-alex-v2: <c>55 03 03 00 S S+5</c>.</summary>
    public static FeaturePacketFormat AlexV2 { get; } = new(Vibrate, false,
        c => [0x55, 0x03, 0x03, 0x00, Level(c), unchecked((byte)(c.Value + 5))]);

    /// <summary>svakom-avaneo: feature 0 <c>55 03 00 00 on S</c>; others <c>55 09|08 00 00 S FF</c> (vibrate|oscillate).</summary>
    public static FeaturePacketFormat AvaNeo { get; } = new(Types(OutputType.Vibrate, OutputType.Oscillate), false,
        c => c.FeatureIndex == 0
            ? [0x55, 0x03, 0x00, 0x00, On(c), Level(c)]
            : [0x55, c.Type == OutputType.Vibrate ? (byte)0x09 : (byte)0x08, 0x00, 0x00, Level(c), 0xff]);

    /// <summary>svakom-barnard: vibrate <c>55 03 00 00 S on</c>; oscillate <c>55 08 00 00 S FF|00</c>.</summary>
    public static FeaturePacketFormat Barnard { get; } = new(Types(OutputType.Vibrate, OutputType.Oscillate), false,
        c => c.Type == OutputType.Vibrate
            ? [0x55, 0x03, 0x00, 0x00, Level(c), On(c)]
            : [0x55, 0x08, 0x00, 0x00, Level(c), On(c, 0xff)]);

    /// <summary>svakom-dice: <c>55 04 00 00 01 S AA</c>.</summary>
    public static FeaturePacketFormat Dice { get; } = new(Vibrate, false,
        c => [0x55, 0x04, 0x00, 0x00, 0x01, Level(c), 0xaa]);

    /// <summary>svakom-dt250a: <c>55 M 00 00 S on</c>, M = 03 (vibrator 0), 08 (other vibrators), 09 (constrict, never "on").</summary>
    public static FeaturePacketFormat Dt250a { get; } = new(Types(OutputType.Vibrate, OutputType.Constrict), false,
        c =>
        {
            byte mode = c.Type == OutputType.Constrict ? (byte)0x09 : c.FeatureIndex == 0 ? (byte)0x03 : (byte)0x08;
            return [0x55, mode, 0x00, 0x00, Level(c), mode == 0x09 ? (byte)0 : On(c)];
        });

    /// <summary>svakom-jordan: <c>55 03|08 00 00 on S 00</c> (vibrate|oscillate).</summary>
    public static FeaturePacketFormat Jordan { get; } = new(Types(OutputType.Vibrate, OutputType.Oscillate), false,
        c => [0x55, c.Type == OutputType.Vibrate ? (byte)0x03 : (byte)0x08, 0x00, 0x00, On(c), Level(c), 0x00]);

    /// <summary>svakom-pulse: <c>55 03 03 00 on S+1</c>.</summary>
    public static FeaturePacketFormat Pulse { get; } = new(Vibrate, false,
        c => [0x55, 0x03, 0x03, 0x00, On(c), unchecked((byte)(c.Value + 1))]);

    /// <summary>svakom-sam2 (with response): vibrate <c>55 03 00 00 05|00 S 00</c>; constrict <c>55 09 00 00 on S 00</c>.</summary>
    public static FeaturePacketFormat Sam2 { get; } = new(Types(OutputType.Vibrate, OutputType.Constrict), true,
        c => c.Type == OutputType.Vibrate
            ? [0x55, 0x03, 0x00, 0x00, On(c, 0x05), Level(c), 0x00]
            : [0x55, 0x09, 0x00, 0x00, On(c), Level(c), 0x00]);

    /// <summary>svakom-suitcase: vibrator 0 <c>55 03 00 00 I S</c> (level split into intensity and speed); others <c>55 09 00 00 S 00</c>.</summary>
    public static FeaturePacketFormat Suitcase { get; } = new(Vibrate, false,
        c =>
        {
            if (c.FeatureIndex != 0)
                return [0x55, 0x09, 0x00, 0x00, Level(c), 0x00];
            // 1-9 → intensity 1, speed 1-9; 10 → 1,10; 11 → 2,1; …; 30 → 3,10.
            var speed = c.Value % 10;
            var intensity = c.Value == 0 ? 0 : (c.Value / 10) + 1;
            if (speed == 0 && intensity != 0)
            {
                speed = 10;
                intensity--;
            }
            return [0x55, 0x03, 0x00, 0x00, (byte)intensity, (byte)speed];
        });

    /// <summary>svakom-tarax: vibrator 0 <c>55 03 00 00 S 02</c> (stop: <c>01 01</c>); others <c>55 09 00 00 S 00</c>.</summary>
    public static FeaturePacketFormat TaraX { get; } = new(Vibrate, false,
        c => c.FeatureIndex == 0
            ? [0x55, 0x03, 0x00, 0x00, c.Value == 0 ? (byte)0x01 : Level(c), c.Value == 0 ? (byte)0x01 : (byte)0x02]
            : [0x55, 0x09, 0x00, 0x00, Level(c), 0x00]);

    /// <summary>svakom-v1: <c>55 04 03 00 on S</c>.</summary>
    public static FeaturePacketFormat V1 { get; } = new(Vibrate, false,
        c => [0x55, 0x04, 0x03, 0x00, On(c), Level(c)]);

    /// <summary>svakom-v2 (with response): vibrator 1 <c>55 06 01 00 S S</c>; others <c>55 03 03 00 on S</c>.</summary>
    public static FeaturePacketFormat V2 { get; } = new(Vibrate, true,
        c => c.FeatureIndex == 1
            ? [0x55, 0x06, 0x01, 0x00, Level(c), Level(c)]
            : [0x55, 0x03, 0x03, 0x00, On(c), Level(c)]);

    /// <summary>svakom-v3: vibrator 0 <c>55 03 03 00 on S</c>, others <c>55 09 00 00 on S</c>; rotate <c>55 08 00 00 S FF</c>.</summary>
    public static FeaturePacketFormat V3 { get; } = new(Types(OutputType.Vibrate, OutputType.Rotate), false,
        c => c.Type == OutputType.Rotate
            ? [0x55, 0x08, 0x00, 0x00, Level(c), 0xff]
            : c.FeatureIndex == 0
                ? [0x55, 0x03, 0x03, 0x00, On(c), Level(c)]
                : [0x55, 0x09, 0x00, 0x00, On(c), Level(c)]);

    private static byte Level(OutputCommand command) => (byte)command.Value;

    /// <summary>The "running" flag many packets carry: <paramref name="on"/> unless the level is 0.</summary>
    private static byte On(OutputCommand command, byte on = 0x01) => command.Value == 0 ? (byte)0 : on;

    private static HashSet<OutputType> Types(params OutputType[] types) => [.. types];
}
