using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Protocol.Fast;

/// <summary>The UTF-8 names the hot path recognises, exactly as the reference path spells them.</summary>
internal static class HotNames
{
    /// <summary>The message type names, as <see cref="HotKind"/> spells them (and the message table).</summary>
    public static readonly string[] KindNames = Enum.GetNames<HotKind>();

    public static bool TryKind(ReadOnlySpan<byte> name, out HotKind kind)
    {
        kind = name switch
        {
            _ when name.SequenceEqual("Ping"u8) => HotKind.Ping,
            _ when name.SequenceEqual("OutputCmd"u8) => HotKind.OutputCmd,
            _ when name.SequenceEqual("ScalarCmd"u8) => HotKind.ScalarCmd,
            _ when name.SequenceEqual("LinearCmd"u8) => HotKind.LinearCmd,
            _ when name.SequenceEqual("RotateCmd"u8) => HotKind.RotateCmd,
            _ when name.SequenceEqual("VibrateCmd"u8) => HotKind.VibrateCmd,
            _ when name.SequenceEqual("SingleMotorVibrateCmd"u8) => HotKind.SingleMotorVibrateCmd,
            _ when name.SequenceEqual("FleshlightLaunchFW12Cmd"u8) => HotKind.FleshlightLaunchFW12Cmd,
            _ when name.SequenceEqual("StopDeviceCmd"u8) => HotKind.StopDeviceCmd,
            _ => (HotKind)255,
        };
        return kind != (HotKind)255;
    }

    /// <summary>The list field of a legacy list command (empty for the others).</summary>
    public static ReadOnlySpan<byte> ListField(HotKind kind) => kind switch
    {
        HotKind.ScalarCmd => "Scalars"u8,
        HotKind.LinearCmd => "Vectors"u8,
        HotKind.RotateCmd => "Rotations"u8,
        HotKind.VibrateCmd => "Speeds"u8,
        _ => default,
    };

    /// <summary>An OutputCmd Command key (the names of OutputHandlers' table, and the direction aliases).</summary>
    public static bool TryOutputType(ReadOnlySpan<byte> name, out OutputType type, out bool withDirection)
    {
        withDirection = false;
        if (name.SequenceEqual("RotateWithDirection"u8) || name.SequenceEqual("RotationWithDirection"u8))
        {
            withDirection = true;
            type = OutputType.Rotate;
            return true;
        }
        foreach (var (utf8, value) in OutputTypes)
        {
            if (name.SequenceEqual(utf8))
            {
                type = value;
                return true;
            }
        }
        type = default;
        return false;
    }

    private static readonly (byte[] Name, OutputType Type)[] OutputTypes =
    [
        ("Vibrate"u8.ToArray(), OutputType.Vibrate), ("vibrate"u8.ToArray(), OutputType.Vibrate),
        ("Rotate"u8.ToArray(), OutputType.Rotate), ("rotate"u8.ToArray(), OutputType.Rotate),
        ("Oscillate"u8.ToArray(), OutputType.Oscillate), ("oscillate"u8.ToArray(), OutputType.Oscillate),
        ("Constrict"u8.ToArray(), OutputType.Constrict), ("constrict"u8.ToArray(), OutputType.Constrict),
        ("Temperature"u8.ToArray(), OutputType.Temperature), ("temperature"u8.ToArray(), OutputType.Temperature),
        ("Led"u8.ToArray(), OutputType.Led), ("led"u8.ToArray(), OutputType.Led),
        ("Position"u8.ToArray(), OutputType.Position), ("position"u8.ToArray(), OutputType.Position),
        ("HwPositionWithDuration"u8.ToArray(), OutputType.HwPositionWithDuration), ("hw_position_with_duration"u8.ToArray(), OutputType.HwPositionWithDuration),
        ("Spray"u8.ToArray(), OutputType.Spray), ("spray"u8.ToArray(), OutputType.Spray),
    ];

    /// <summary>A v3 ScalarCmd ActuatorType (Inflate is Constrict).</summary>
    public static bool TryActuator(ReadOnlySpan<byte> name, out OutputType type)
    {
        type = name switch
        {
            _ when name.SequenceEqual("Vibrate"u8) => OutputType.Vibrate,
            _ when name.SequenceEqual("Rotate"u8) => OutputType.Rotate,
            _ when name.SequenceEqual("Oscillate"u8) => OutputType.Oscillate,
            _ when name.SequenceEqual("Constrict"u8) || name.SequenceEqual("Inflate"u8) => OutputType.Constrict,
            _ when name.SequenceEqual("Position"u8) => OutputType.Position,
            _ => (OutputType)(-1),
        };
        return type != (OutputType)(-1);
    }
}
