namespace ButtplugHost.DBus;

/// <summary>The bus could not be reached, refused authentication, or the connection was lost.</summary>
public sealed class DBusConnectionException : IOException
{
    /// <summary>Creates the exception.</summary>
    public DBusConnectionException() { }

    /// <summary>Creates the exception with a message.</summary>
    public DBusConnectionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DBusConnectionException(string message, Exception inner) : base(message, inner) { }
}
