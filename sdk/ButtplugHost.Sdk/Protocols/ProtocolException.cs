namespace ButtplugHost.Sdk.Protocols;

/// <summary>A command the protocol cannot carry out on this device; the client receives a device error.</summary>
public class ProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProtocolException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ProtocolException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ProtocolException(string message, Exception inner) : base(message, inner) { }
}
