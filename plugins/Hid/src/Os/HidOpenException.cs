namespace ButtplugHost.Plugins.Hid.Os;

/// <summary>A HID node could not be opened.</summary>
internal sealed class HidOpenException : IOException
{
    public HidOpenException(string message, bool accessDenied) : base(message)
    {
        AccessDenied = accessDenied;
    }

    /// <summary>The node exists but this process lacks the permission to open it.</summary>
    public bool AccessDenied { get; }
}
