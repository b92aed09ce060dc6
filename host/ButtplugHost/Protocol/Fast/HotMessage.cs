using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Protocol.Fast;

/// <summary>The message types the hot path reads without building a JSON tree.</summary>
internal enum HotKind : byte
{
    Ping,
    OutputCmd,
    ScalarCmd,
    LinearCmd,
    RotateCmd,
    VibrateCmd,
    SingleMotorVibrateCmd,
    FleshlightLaunchFW12Cmd,
    StopDeviceCmd,
}

/// <summary>
/// One message of a frame as the hot path read it: only the fields its type uses, every one present
/// and of the right JSON type. <see cref="Start"/>..<see cref="End"/> is the message's JSON in the
/// frame, for the reference path when the message turns out to be an error.
/// </summary>
internal struct HotMessage
{
    public HotKind Kind;
    public uint Id;
    public uint DeviceIndex;
    /// <summary>OutputCmd: FeatureIndex.</summary>
    public uint FeatureIndex;
    /// <summary>OutputCmd: the output type of the Command key.</summary>
    public OutputType Output;
    /// <summary>OutputCmd: Value.</summary>
    public int Value;
    /// <summary>OutputCmd with HwPositionWithDuration: Duration.</summary>
    public uint Duration;
    /// <summary>OutputCmd with RotateWithDirection: Clockwise (true otherwise).</summary>
    public bool Clockwise;
    /// <summary>SingleMotorVibrateCmd: Speed.</summary>
    public double Speed;
    /// <summary>FleshlightLaunchFW12Cmd: Position and Speed (0–99).</summary>
    public uint LaunchPosition;
    public uint LaunchSpeed;
    /// <summary>Legacy lists (Scalars, Vectors, Rotations, Speeds): where their items are in <see cref="HotFrame.Items"/>.</summary>
    public int FirstItem;
    public int ItemCount;
    public int Start;
    public int End;
}

/// <summary>One item of a legacy list: Index and the fields of its message type.</summary>
internal struct HotItem
{
    public uint Index;
    /// <summary>Scalar, Position or Speed.</summary>
    public double Value;
    /// <summary>LinearCmd: Duration.</summary>
    public uint Duration;
    /// <summary>RotateCmd: Clockwise.</summary>
    public bool Clockwise;
    /// <summary>ScalarCmd: the ActuatorType.</summary>
    public OutputType Actuator;
}
