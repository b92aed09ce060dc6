namespace ButtplugHost.Sdk.Hardware;

/// <summary>A hardware operation failed: the device is gone, the endpoint is missing, or the bus refused.</summary>
public class HardwareException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HardwareException() { }

    /// <summary>Creates the exception with a message.</summary>
    public HardwareException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public HardwareException(string message, Exception inner) : base(message, inner) { }
}
