namespace ButtplugHost.Protocol;

/// <summary>Buttplug <c>Error.ErrorCode</c> values.</summary>
internal enum ErrorCode
{
    /// <summary>ERROR_UNKNOWN.</summary>
    Unknown = 0,
    /// <summary>ERROR_INIT: handshake problems.</summary>
    Init = 1,
    /// <summary>ERROR_PING: ping timeout.</summary>
    Ping = 2,
    /// <summary>ERROR_MSG: malformed or invalid message.</summary>
    Message = 3,
    /// <summary>ERROR_DEVICE: bad device, feature or value, or the device failed.</summary>
    Device = 4,
}
