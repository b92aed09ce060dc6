namespace ButtplugHost.Sdk.Definitions;

/// <summary>The kinds of input (sensor) a device feature can have (spec v4 InputType).</summary>
public enum InputType
{
    /// <summary>Battery level, 0–100 percent.</summary>
    Battery,
    /// <summary>Received signal strength, dBm (negative).</summary>
    Rssi,
    /// <summary>A button; 1 down, 0 up.</summary>
    Button,
    /// <summary>Pressure, in device units.</summary>
    Pressure,
    /// <summary>Depth, in device units.</summary>
    Depth,
    /// <summary>Position, in device units.</summary>
    Position,
}

/// <summary>What a client may do with an input.</summary>
public enum InputCommandType
{
    /// <summary>Read once.</summary>
    Read,
    /// <summary>Receive readings as they come.</summary>
    Subscribe,
    /// <summary>Stop receiving readings.</summary>
    Unsubscribe,
}
