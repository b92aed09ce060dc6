namespace ButtplugHost.Configuration;

/// <summary>The process exit codes (documented in docs/configuration.md).</summary>
internal static class ExitCodes
{
    /// <summary>Stopped normally, or a one-shot command succeeded.</summary>
    public const int Ok = 0;

    /// <summary>The server failed while running (an unexpected error; the log says which).</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: an unknown option or a bad value.</summary>
    public const int Usage = 2;

    /// <summary>A file named on the command line does not exist or cannot be read.</summary>
    public const int MissingFile = 3;

    /// <summary>A configuration or device config file is not valid JSON (or not the expected shape).</summary>
    public const int InvalidJson = 4;

    /// <summary>A setting has a value of the wrong type.</summary>
    public const int WrongType = 5;

    /// <summary>A setting the server does not know (usually misspelled).</summary>
    public const int UnknownKey = 6;

    /// <summary>The client WebSocket port is taken by another program.</summary>
    public const int PortInUse = 7;
}

/// <summary>A problem found before start: one line for the user, and the exit code it ends with.</summary>
internal sealed class StartupException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
