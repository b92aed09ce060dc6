namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>The protocol did not behave as a scenario says: the message names the step and shows expected and actual bytes in hex.</summary>
public class ScenarioMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioMismatchException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ScenarioMismatchException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ScenarioMismatchException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>A scenario file is malformed (bad JSON, no action in a step, bad hex, unknown protocol…).</summary>
public class ScenarioFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioFormatException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ScenarioFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ScenarioFormatException(string message, Exception inner) : base(message, inner) { }
}
