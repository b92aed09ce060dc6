namespace ButtplugHost.DBus;

/// <summary>The four kinds of D-Bus message.</summary>
public enum MessageType : byte
{
    /// <summary>A method call (1).</summary>
    MethodCall = 1,
    /// <summary>A method's successful reply (2).</summary>
    MethodReturn = 2,
    /// <summary>A method's error reply (3).</summary>
    Error = 3,
    /// <summary>A signal emission (4).</summary>
    Signal = 4,
}

/// <summary>Message flags (header byte 2).</summary>
[Flags]
public enum MessageFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>The caller wants no reply.</summary>
    NoReplyExpected = 0x1,
    /// <summary>The bus must not start a service to receive the message.</summary>
    NoAutoStart = 0x2,
    /// <summary>The caller may wait for an interactive authorization prompt.</summary>
    AllowInteractiveAuthorization = 0x4,
}
