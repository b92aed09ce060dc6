namespace ButtplugHost.DBus;

/// <summary>A method call was answered with a D-Bus error (e.g. <c>org.bluez.Error.NotPermitted</c>).</summary>
public sealed class DBusErrorException : Exception
{
    /// <summary>Creates the exception from the error name and the error's text.</summary>
    public DBusErrorException(string errorName, string errorMessage)
        : base($"{errorName}: {errorMessage}")
    {
        ErrorName = errorName;
        ErrorMessage = errorMessage;
    }

    /// <summary>Creates the exception.</summary>
    public DBusErrorException() : this("org.freedesktop.DBus.Error.Failed", "") { }

    /// <summary>Creates the exception with a message.</summary>
    public DBusErrorException(string message) : this("org.freedesktop.DBus.Error.Failed", message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DBusErrorException(string message, Exception inner) : base(message, inner)
    {
        ErrorName = "org.freedesktop.DBus.Error.Failed";
        ErrorMessage = message;
    }

    /// <summary>The D-Bus error name.</summary>
    public string ErrorName { get; }

    /// <summary>The error's human-readable text (first string of the error body), possibly empty.</summary>
    public string ErrorMessage { get; }

    /// <summary>Builds the exception from an error reply.</summary>
    public static DBusErrorException FromReply(Message error)
    {
        var text = "";
        try
        {
            if (error.Signature.ToString().StartsWith('s') && error.ReadBody() is [string s, ..])
                text = s;
        }
        catch (InvalidDataException)
        {
            text = "(unreadable error body)";
        }
        return new DBusErrorException(error.ErrorName ?? "org.freedesktop.DBus.Error.Failed", text);
    }
}
