namespace ButtplugHost.Sdk.Definitions;

/// <summary>The kinds of output a device feature can have (spec v4 OutputType).</summary>
public enum OutputType
{
    /// <summary>Vibration speed; 0 stops.</summary>
    Vibrate,
    /// <summary>Rotation speed; signed where the range is negative (clockwise positive); 0 stops.</summary>
    Rotate,
    /// <summary>Oscillation speed; 0 stops.</summary>
    Oscillate,
    /// <summary>Constriction/air pressure; 0 releases.</summary>
    Constrict,
    /// <summary>Temperature; signed (heat positive, cool negative); 0 is neutral.</summary>
    Temperature,
    /// <summary>Light brightness; 0 is off.</summary>
    Led,
    /// <summary>Move to a position as fast as possible.</summary>
    Position,
    /// <summary>Move to a position over a duration run by the hardware.</summary>
    HwPositionWithDuration,
    /// <summary>A one-shot spray at the given power.</summary>
    Spray,
}
